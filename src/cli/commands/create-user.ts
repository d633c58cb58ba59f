import { createUserSchema } from "../../domain/auth.schemas.ts";
import { workspaceRoleSchema } from "../../domain/workspaces.schemas.ts";
import { createAuthRepository } from "../../server/modules/auth/auth.repository.ts";
import { createWorkspacesRepository } from "../../server/modules/workspaces/workspaces.repository.ts";
import { say } from "../output.ts";
import { fail, withServices, workspaceBySlug } from "../run-command.ts";

export async function createUserCommand(options: {
  email: string;
  password: string;
  name?: string;
  workspace?: string;
  role: string;
}) {
  const input = createUserSchema.safeParse({
    email: options.email,
    password: options.password,
    displayName: options.name,
  });
  if (!input.success) {
    fail(
      new Error(
        `ongeldige invoer: ${input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      ),
    );
  }
  const role = workspaceRoleSchema.safeParse(options.role);
  if (!role.success) fail(new Error(`onbekende rol ${options.role}`));
  await withServices(async (services, database) => {
    // An account a restored backup made has no password yet: this sets it (and nothing else).
    const existing = await createAuthRepository(database.db).findUserByEmail(input.data.email);
    const user =
      existing && existing.passwordHash === ""
        ? await services.auth.upsertUser(input.data)
        : await services.auth.createUser(input.data);
    say(
      existing
        ? `Gebruiker ${user.email} heeft nu een wachtwoord.`
        : `Gebruiker ${user.email} is aangemaakt.`,
    );
    if (options.workspace) {
      const workspace = await workspaceBySlug(database, options.workspace);
      await createWorkspacesRepository(database.db).addMember(workspace.id, user.id, role.data);
      say(`Lid gemaakt van ${workspace.name} als ${role.data}.`);
    }
  });
}
