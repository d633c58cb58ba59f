import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { type Language, languages } from "../../domain/i18n/index.ts";
import {
  type ReportEntity,
  type ReportFormat,
  reportEntities,
  reportFormats,
} from "../../domain/reports/index.ts";
import { reportFileName } from "../../server/reports/reports.service.ts";
import { say } from "../output.ts";
import { fail, withServices, workspaceBySlug } from "../run-command.ts";

export interface ExportOptions {
  format: string;
  out?: string;
  entity?: string;
  language?: string;
  session?: string;
  snapshot?: string;
  compare?: string;
}

function choose<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    fail(new Error(`onbekend ${what} '${value}': kies ${allowed.join(", ")}`));
  }
  return value as T;
}

function uuidOption(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !z.uuid().safeParse(value).success) {
    fail(new Error(`--${option} moet een id (uuid) zijn, niet '${value}'`));
  }
  return value;
}

/**
 * Writes the report of a workspace as Word, Excel, CSV (one entity, or all into a folder), JSON
 * or open data (HSDS 3.0): the same files as the Rapporten page.
 */
export async function exportCommand(slug: string, options: ExportOptions) {
  const format = choose<ReportFormat>(options.format, reportFormats, "formaat");
  const language = choose<Language>(options.language ?? "nl", languages, "taal");
  const all = format === "csv" && options.entity === "all";
  const entity = all
    ? "items"
    : choose<ReportEntity>(options.entity ?? "items", reportEntities, "onderdeel");
  const reportOptions = {
    sessionId: uuidOption(options.session, "session"),
    snapshotId: uuidOption(options.snapshot, "snapshot"),
    compareWith: uuidOption(options.compare, "compare"),
  };
  await withServices(async (services, database) => {
    const workspace = await workspaceBySlug(database, slug);
    const target = { id: workspace.id, slug: workspace.slug, name: workspace.name };
    const report = await services.reports.model(target, reportOptions);
    if (all) {
      const dir = options.out ?? `export-${workspace.slug}`;
      fs.mkdirSync(dir, { recursive: true });
      for (const each of reportEntities) {
        const file = path.join(dir, reportFileName(workspace.slug, "csv", each));
        fs.writeFileSync(file, await services.reports.render(report, "csv", language, each));
      }
      say(`${reportEntities.length} CSV-bestanden van ${workspace.name} geschreven naar ${dir}.`);
      return;
    }
    const out = options.out ?? reportFileName(workspace.slug, format, entity);
    fs.writeFileSync(out, await services.reports.render(report, format, language, entity));
    say(
      `${format === "csv" ? `${entity} van ` : ""}${workspace.name} geschreven naar ${out} (${format.toUpperCase()}, ${report.items.length} ingrediënten).`,
    );
  });
}
