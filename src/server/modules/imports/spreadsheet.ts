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
  return { format: "csv", encoding, delimiter, records: parseCsv(text, delimiter) };
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

export function writeCsv(rows: string[][]): Buffer {
  return Buffer.from(toCsv([[...exportHeaders], ...rows], ";"), "utf8");
}

export async function writeXlsx(rows: string[][], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sociale basis";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || "Inventaris");
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
