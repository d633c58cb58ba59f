import fs from "node:fs";
import { AppError } from "../../server/errors.ts";
import { describeProblems } from "../../server/modules/imports/imports.service.ts";
import { complain, say } from "../output.ts";
import { fail, withServices, workspaceBySlug } from "../run-command.ts";

export async function importCommand(
  file: string,
  options: { workspace: string; dryRun?: boolean },
) {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    fail(new Error(`kan ${file} niet lezen (${(error as NodeJS.ErrnoException).code})`));
  }
  await withServices(async (services, database) => {
    const workspace = await workspaceBySlug(database, options.workspace);
    const preview = await services.imports.preview(workspace.id, bytes);
    say(
      `${file}: ${preview.format.toUpperCase()}` +
        (preview.encoding ? `, ${preview.encoding}, scheidingsteken '${preview.delimiter}'` : "") +
        `, ${preview.rowCount} regels`,
    );
    if (preview.unknownColumns.length) {
      say(`Genegeerde kolommen: ${preview.unknownColumns.map((c) => c.header).join(", ")}`);
    }
    if (preview.duplicates.length) {
      say(
        `Mogelijk dubbel (zelfde naam en gebied): regels ${preview.duplicates.map((d) => d.line).join(", ")}`,
      );
    }
    if (preview.problems.length) {
      for (const problem of describeProblems(preview.problems, "nl")) complain(problem.message);
      throw new AppError("import_invalid", 422);
    }
    if (options.dryRun) {
      say(
        `Proef: ${preview.items.length} ingrediënten zouden worden geïmporteerd; niets gewijzigd.`,
      );
      return;
    }
    const result = await services.imports.commit(workspace.id, bytes, null, "nl");
    say(
      `${result.created} ingrediënten geïmporteerd in ${workspace.name}` +
        (result.areasCreated ? `; ${result.areasCreated} nieuwe gebieden aangemaakt.` : "."),
    );
  });
}
