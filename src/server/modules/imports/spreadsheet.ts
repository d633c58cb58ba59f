import ExcelJS from "exceljs";
import {
  type ColumnMapping,
  type CsvRecord,
  decodeText,
  detectDelimiter,
  exportHeaders,
  parseCsv,
  toCsv,
} from "../../../domain/import/index.ts";
import { errors } from "../../errors.ts";

export type SheetFormat = "csv" | "xlsx";

export interface ReadSheet {
  format: SheetFormat;
  encoding?: string;
  delimiter?: string;
  records: CsvRecord[];
}

function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads CSV (any common encoding and delimiter) or the first worksheet of an XLSX file. */
export async function readSheet(bytes: Uint8Array): Promise<ReadSheet> {
  if (isXlsx(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw errors.importUnreadable();
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw errors.importUnreadable();
    const records: CsvRecord[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      for (let col = 1; col <= sheet.columnCount; col++) {
        cells.push(row.getCell(col).text.trim());
      }
      if (cells.some((cell) => cell !== "")) records.push({ line, cells });
    });
    return { format: "xlsx", records };
  }
  if (bytes.includes(0)) throw errors.importUnreadable();
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const records = parseCsv(text, delimiter).map((record) => ({
    ...record,
    cells: record.cells.map(restoreFormulaText),
  }));
  return { format: "csv", encoding, delimiter, records };
}

/** Splits the header from the data rows; a user's own column choice overrides detection. */
export function headerAndRows(records: CsvRecord[]) {
  const [first, ...rows] = records;
  if (!first) throw errors.importUnreadable();
  return { header: first.cells, rows };
}

export function validMapping(mapping: ColumnMapping, columnCount: number): boolean {
  return Object.values(mapping).every((index) => index !== undefined && index < columnCount);
}

const formulaStart = /^[=+\-@\t\r]/;

/**
 * Spreadsheet programs run a CSV cell that starts with = + - or @ as a formula, and skip a
 * leading tab or carriage return before looking (OWASP's CSV-injection list). The export puts
 * an apostrophe in front (Excel's own "this is text" mark); the import takes it off again.
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

function restoreFormulaText(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function writeCsv(rows: string[][]): Buffer {
  const safe = rows.map((row) => row.map(neutraliseFormula));
  return Buffer.from(toCsv([[...exportHeaders], ...safe], ";"), "utf8");
}

export async function writeXlsx(rows: string[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sociale basis";
  // Excel refuses * ? : \ / [ ] and a leading or trailing apostrophe in sheet names.
  const safeName = sheetName
    .replace(/[*?:\\/[\]]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  const sheet = workbook.addWorksheet(safeName || "Inventaris");
  sheet.addRow([...exportHeaders]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportHeaders.length } };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 60 : 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
