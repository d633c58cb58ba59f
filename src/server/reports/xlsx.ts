import ExcelJS from "exceljs";
import type { Language } from "../../domain/i18n/index.ts";
import { type Report, reportSheets, translator } from "../../domain/reports/index.ts";

/** Excel refuses * ? : \ / [ ] and a leading or trailing apostrophe in sheet names, and > 31 chars. */
function sheetName(name: string): string {
  return (
    name
      .replace(/[*?:\\/[\]]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Blad"
  );
}

/**
 * The report's tables as one workbook: a sheet per entity (items first), each with a bold,
 * frozen header row and an autofilter. Cells are typed: numbers stay numbers, text stays text
 * (a text cell is never read as a formula by Excel or LibreOffice).
 */
export async function renderXlsx(report: Report, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sociale basis";
  workbook.title = translator(language)("reports.document.title", {
    workspace: report.workspace.name,
  });
  for (const sheet of reportSheets(report, translator(language), language)) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name));
    worksheet.addRow(sheet.columns);
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? ""));
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: sheet.columns.length },
    };
    worksheet.views = [{ state: "frozen", ySplit: 1 }];
    worksheet.columns.forEach((column, i) => {
      const longest = Math.max(
        sheet.columns[i]?.length ?? 10,
        ...sheet.rows.slice(0, 200).map((row) => String(row[i] ?? "").length),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
