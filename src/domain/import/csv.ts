export type Delimiter = ";" | ",";

/** One CSV record: its cells and the 1-based physical line on which it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const bom = "\uFEFF";

/** Excel's optional first line "sep=;" names the delimiter; it is not part of the data. */
const sepHint = /^sep=([;,])[ \t]*(\r\n|\n|\r|$)/i;

function withoutBom(text: string): string {
  return text.startsWith(bom) ? text.slice(1) : text;
}

/**
 * Guesses the delimiter from the header line: the first line with content, counting only
 * characters outside quotes. Dutch Excel writes ";", English Excel ",". A tie (also none at all)
 * gives ";".
 */
export function detectDelimiter(text: string): Delimiter {
  const body = withoutBom(text);
  const hint = sepHint.exec(body);
  if (hint) return hint[1] as Delimiter;
  let semicolons = 0;
  let commas = 0;
  let content = false;
  let inQuotes = false;
  for (const c of body) {
    if (c === '"') {
      inQuotes = !inQuotes;
      content = true;
    } else if (inQuotes) continue;
    else if (c === "\n" || c === "\r") {
      if (content || semicolons + commas > 0) break;
    } else if (c === ";") semicolons++;
    else if (c === ",") commas++;
    else if (c.trim() !== "") content = true;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * Parses CSV text (RFC 4180, leniently): quoted fields may hold delimiters, doubled quotes and
 * line breaks; lines end in CRLF, LF or a lone CR. Unquoted cells lose surrounding whitespace,
 * quoted cells keep everything between the quotes. Records whose cells are all empty are left
 * out. A leading byte order mark and an Excel "sep=" line are skipped. Without a delimiter it is
 * detected from the header line.
 */
export function parseCsv(text: string, delimiter?: Delimiter): CsvRecord[] {
  let body = withoutBom(text);
  let line = 1;
  const hint = sepHint.exec(body);
  if (hint) {
    delimiter ??= hint[1] as Delimiter;
    body = body.slice(hint[0].length);
    if (hint[2]) line++;
  }
  const sep = delimiter ?? detectDelimiter(body);

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let recordLine = line;
  let value = "";
  let after = "";
  let quoted = false;
  let inQuotes = false;

  const endField = () => {
    cells.push(quoted ? value + after.trimEnd() : value.trim());
    value = "";
    after = "";
    quoted = false;
    inQuotes = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((cell) => cell !== "")) records.push({ line: recordLine, cells });
    cells = [];
    recordLine = line;
  };

  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          value += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n" || (c === "\r" && body[i + 1] !== "\n")) line++;
        value += c;
      }
    } else if (c === sep) {
      endField();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      line++;
      endRecord();
    } else if (quoted) {
      after += c;
    } else if (c === '"' && value.trim() === "") {
      quoted = true;
      inQuotes = true;
      value = "";
    } else {
      value += c;
    }
  }
  endRecord();
  return records;
}

function quoteCell(cell: string): string {
  const needsQuotes = /[";,\r\n]/.test(cell) || cell !== cell.trim() || /^sep=/i.test(cell);
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes rows as CSV for Excel: a UTF-8 byte order mark (so Excel reads accents right), CRLF line
 * endings, and quotes around cells that need them. Rows whose cells are all empty do not survive
 * a round trip through {@link parseCsv}.
 */
export function toCsv(rows: string[][], delimiter: Delimiter = ";"): string {
  const lines = rows.map((row) => row.map((cell) => quoteCell(cell)).join(delimiter));
  return bom + lines.map((line) => `${line}\r\n`).join("");
}
