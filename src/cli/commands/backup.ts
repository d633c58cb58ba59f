import fs from "node:fs";
import { say } from "../output.ts";
import { withServices, workspaceBySlug } from "../run-command.ts";

/** Writes the whole workspace to one backup file (docs/backup-format.md). */
export async function backupCommand(slug: string, options: { out?: string }) {
  await withServices(async (services, database) => {
    const workspace = await workspaceBySlug(database, slug);
    const { file, data } = await services.backup.backup(workspace.id);
    const out =
      options.out ?? `backup-${workspace.slug}-${new Date().toISOString().slice(0, 10)}.json`;
    fs.writeFileSync(out, file);
    say(
      `Back-up van ${workspace.name} geschreven naar ${out}: ${data.items.length} ingrediënten, ` +
        `${data.scores.length} scores, ${data.people.length} personen (zonder wachtwoorden).`,
    );
  });
}
