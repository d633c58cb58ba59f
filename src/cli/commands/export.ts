import fs from "node:fs";
import { say } from "../output.ts";
import { fail, withServices, workspaceBySlug } from "../run-command.ts";

export async function exportCommand(slug: string, options: { format: string; out?: string }) {
  if (options.format !== "csv" && options.format !== "xlsx") {
    fail(new Error(`onbekend formaat '${options.format}': kies csv of xlsx`));
  }
  const format = options.format;
  await withServices(async (services, database) => {
    const workspace = await workspaceBySlug(database, slug);
    const body = await services.imports.export(workspace.id, format, workspace.name);
    const out = options.out ?? `inventaris-${workspace.slug}.${format}`;
    fs.writeFileSync(out, body);
    say(`Inventaris van ${workspace.name} geschreven naar ${out} (${format.toUpperCase()}).`);
  });
}
