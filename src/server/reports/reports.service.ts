import type { Language } from "../../domain/i18n/index.ts";
import type { Report, ReportEntity, ReportFormat } from "../../domain/reports/index.ts";
import { renderCsv } from "./csv.ts";
import { renderDocx } from "./docx.ts";
import { renderHsds } from "./hsds.ts";
import type { ReportModel, ReportOptions, ReportWorkspace } from "./report-model.ts";
import { renderXlsx } from "./xlsx.ts";

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const contentTypes: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  hsds: "application/json; charset=utf-8",
};

/** The file name a download gets: the workspace, what it is and, for a snapshot, which one. */
export function reportFileName(
  slug: string,
  format: ReportFormat,
  entity: ReportEntity = "items",
): string {
  switch (format) {
    case "docx":
      return `onze-sociale-basis-${slug}.docx`;
    case "xlsx":
      return `sociale-basis-${slug}.xlsx`;
    case "csv":
      return entity === "items" ? `inventaris-${slug}.csv` : `${entity}-${slug}.csv`;
    case "json":
      return `rapport-${slug}.json`;
    case "hsds":
      return `open-data-hsds-${slug}.json`;
  }
}

/** Renders a report to any of its formats; the server's downloads and the CLI's export. */
export function createReportsService(model: ReportModel) {
  async function render(
    report: Report,
    format: ReportFormat,
    language: Language,
    entity: ReportEntity = "items",
  ): Promise<Buffer> {
    switch (format) {
      case "docx":
        return renderDocx(report, language);
      case "xlsx":
        return renderXlsx(report, language);
      case "csv":
        return renderCsv(report, entity, language);
      case "json":
        return Buffer.from(`${JSON.stringify(report, null, 2)}\n`, "utf8");
      case "hsds":
        return Buffer.from(`${JSON.stringify(renderHsds(report, language), null, 2)}\n`, "utf8");
    }
  }

  return {
    /** The report model itself, as the print page reads it. */
    model: (workspace: ReportWorkspace, options: ReportOptions = {}) =>
      model.build(workspace, options),

    render,

    async download(
      workspace: ReportWorkspace,
      format: ReportFormat,
      options: ReportOptions & { language: Language; entity?: ReportEntity },
    ): Promise<RenderedReport> {
      const report = await model.build(workspace, options);
      return {
        body: await render(report, format, options.language, options.entity),
        contentType: contentTypes[format],
        fileName: reportFileName(workspace.slug, format, options.entity),
      };
    },
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
