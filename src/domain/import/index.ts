import { type ColumnMatch, matchColumns } from "./columns.ts";
import { type CsvRecord, type Delimiter, detectDelimiter, parseCsv } from "./csv.ts";
import { decodeText, type TextEncodingName } from "./decode.ts";
import { type ImportResult, mapRecords } from "./rows.ts";

export {
  type ColumnMapping,
  type ColumnMatch,
  exportHeaders,
  headerField,
  type ImportField,
  importFields,
  matchColumns,
} from "./columns.ts";
export { type CsvRecord, type Delimiter, detectDelimiter, parseCsv, toCsv } from "./csv.ts";
export { decodeText, decodeWindows1252, type TextEncodingName } from "./decode.ts";
export {
  type ExportableItem,
  type ImportedItem,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  itemToRow,
  mapRecords,
} from "./rows.ts";
export {
  builtInThemeLabel,
  carrierLabel,
  kindLabel,
  parseCarrier,
  parseKind,
  parseSphere,
  parseThemes,
  sphereLabel,
  themeKey,
  themeLabel,
} from "./values.ts";

/** A spreadsheet read for import: its header, how the columns were recognised, and the rows. */
export interface ParsedSheet extends ColumnMatch {
  header: string[];
  result: ImportResult;
}

function parseRecords(records: CsvRecord[]): ParsedSheet {
  const [first, ...rest] = records;
  const header = first?.cells ?? [];
  const { mapping, unknown } = matchColumns(header);
  return { header, mapping, unknown, result: mapRecords(rest, mapping) };
}

/**
 * Reads an uploaded CSV file: decodes it, detects the delimiter, takes the first non-empty record
 * as header and maps the other records to items.
 */
export function parseImportFile(
  bytes: Uint8Array,
): ParsedSheet & { encoding: TextEncodingName; delimiter: Delimiter } {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return { encoding, delimiter, ...parseRecords(parseCsv(text, delimiter)) };
}

/**
 * Reads the rows of a worksheet (already parsed from XLSX) the same way; row i is on line
 * firstLine + i. Rows whose cells are all empty are skipped.
 */
export function parseImportRows(rows: string[][], firstLine = 1): ParsedSheet {
  const records = rows
    .map((row, i) => ({ line: firstLine + i, cells: Array.from(row, (c) => (c ?? "").trim()) }))
    .filter((record) => record.cells.some((cell) => cell !== ""));
  return parseRecords(records);
}
