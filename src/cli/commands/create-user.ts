import { createUserSchema } from "../../domain/auth.schemas.ts";
import { workspaceRoleSchema } from "../../domain/workspaces.schemas.ts";
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
    const user = await services.auth.createUser(input.data);
    say(`Gebruiker ${user.email} is aangemaakt.`);
    if (options.workspace) {
      const workspace = await workspaceBySlug(database, options.workspace);
      await createWorkspacesRepository(database.db).addMember(workspace.id, user.id, role.data);
      say(`Lid gemaakt van ${workspace.name} als ${role.data}.`);
    }
  });
}
