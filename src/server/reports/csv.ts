import type { Language } from "../../domain/i18n/index.ts";
import { toCsv } from "../../domain/import/index.ts";
import {
  type Report,
  type ReportEntity,
  reportSheets,
  translator,
} from "../../domain/reports/index.ts";
import { neutraliseFormula } from "../modules/imports/spreadsheet.ts";

/**
 * One entity of the report as CSV: UTF-8 with a byte-order mark, semicolons, a header row. A
 * cell that a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets Excel's text mark; the import
 * takes it off again, so the items CSV imports back to the same items.
 */
export function renderCsv(report: Report, entity: ReportEntity, language: Language): Buffer {
  const sheet = reportSheets(report, translator(language), language).find(
    (s) => s.entity === entity,
  )!;
  // Dutch spreadsheets read a decimal comma; English ones a decimal point.
  const number = (value: number) =>
    language === "nl" ? String(value).replace(".", ",") : String(value);
  const cell = (value: string | number | null) =>
    value === null ? "" : typeof value === "number" ? number(value) : neutraliseFormula(value);
  return Buffer.from(
    toCsv([sheet.columns, ...sheet.rows.map((row) => row.map(cell))], ";"),
    "utf8",
  );
}
