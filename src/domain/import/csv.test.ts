import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, toCsv } from "./csv.ts";

describe("detectDelimiter", () => {
  it("counts delimiters on the header line outside quotes", () => {
    expect(detectDelimiter("naam;omschrijving;sfeer\r\na,b,c,d,e;x;y")).toBe(";");
    expect(detectDelimiter("name,description,sphere\na;b;c;d;e,x,y")).toBe(",");
    expect(detectDelimiter('"a;b;c;d",e,f\n')).toBe(",");
  });

  it("skips blank lines before the header and prefers ; on a tie", () => {
    expect(detectDelimiter("\r\n\r\nnaam,omschrijving\r\n")).toBe(",");
    expect(detectDelimiter("naam\r\nx")).toBe(";");
    expect(detectDelimiter("a;b,c")).toBe(";");
  });

  it("follows Excel's sep= line", () => {
    expect(detectDelimiter("sep=,\r\nnaam;omschrijving;sfeer")).toBe(",");
  });
});

describe("parseCsv", () => {
  it("handles a BOM, CRLF and a quoted ; inside a field", () => {
    const text = '\uFEFFnaam;omschrijving\r\n"Buurthuis; De Kroon";"Zegt ""hallo"""\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["naam", "omschrijving"] },
      { line: 2, cells: ["Buurthuis; De Kroon", 'Zegt "hallo"'] },
    ]);
  });

  it("counts physical lines when a quoted field holds line breaks", () => {
    const text = [
      "naam;omschrijving",
      'Taalmaatje;"Eerste regel',
      "tweede regel",
      'derde regel"',
      "Repair café;Elke zaterdag",
      "",
      ";",
      "Buurtvaders;Lopen rondes",
    ].join("\r\n");
    const records = parseCsv(text);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 8]);
    expect(records[1]!.cells[1]).toBe("Eerste regel\r\ntweede regel\r\nderde regel");
    expect(records[3]!.cells).toEqual(["Buurtvaders", "Lopen rondes"]);
  });

  it("accepts LF and lone CR line endings", () => {
    expect(parseCsv("a;b\nc;d\re;f").map((r) => [r.line, ...r.cells])).toEqual([
      [1, "a", "b"],
      [2, "c", "d"],
      [3, "e", "f"],
    ]);
    expect(parseCsv('a;"x\ry"\rb').map((r) => r.line)).toEqual([1, 3]);
  });

  it("trims unquoted cells but keeps whitespace inside quotes", () => {
    expect(parseCsv('  a  ; " b " ;c\t')[0]!.cells).toEqual(["a", " b ", "c"]);
  });

  it("detects the delimiter when none is given, and uses the one given", () => {
    expect(parseCsv("a,b\nc,d")[1]!.cells).toEqual(["c", "d"]);
    expect(parseCsv("a,b;c", ";")[0]!.cells).toEqual(["a,b", "c"]);
  });

  it("skips Excel's sep= line but counts it", () => {
    expect(parseCsv("sep=;\r\nnaam;sfeer\r\nx;y")).toEqual([
      { line: 2, cells: ["naam", "sfeer"] },
      { line: 3, cells: ["x", "y"] },
    ]);
  });

  it("keeps the rest of an unterminated quoted field", () => {
    expect(parseCsv('a;"b\nc')).toEqual([{ line: 1, cells: ["a", "b\nc"] }]);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF and quotes only where needed", () => {
    expect(
      toCsv([
        ["naam", "omschrijving"],
        ["Café; bar", 'zegt "ja"', " x", "a\nb"],
      ]),
    ).toBe('\uFEFFnaam;omschrijving\r\n"Café; bar";"zegt ""ja""";" x";"a\nb"\r\n');
    expect(toCsv([["a,b", "c"]], ",")).toBe('\uFEFF"a,b",c\r\n');
  });

  it("round-trips arbitrary cells through parseCsv", () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        "a",
        "é",
        " ",
        '"',
        ";",
        ",",
        "\r",
        "\n",
        "\t",
        "\uFEFF",
        "s",
        "e",
        "p",
        "=",
      ),
    });
    const row = fc.tuple(
      cell.filter((c) => c !== ""),
      fc.array(cell, { maxLength: 5 }),
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 8 }),
        fc.constantFrom(";" as const, "," as const),
        (parts, delimiter) => {
          const rows = parts.map(([first, rest]) => [first, ...rest]);
          const parsed = parseCsv(toCsv(rows, delimiter), delimiter);
          expect(parsed.map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("round-trips with a detected delimiter and any strings", () => {
    const row = fc.tuple(
      fc.string({ unit: "binary", minLength: 1 }),
      fc.array(fc.string({ unit: "binary" }), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (parts) => {
        const rows = parts.map(([first, rest]) => [first, ...rest]);
        expect(parseCsv(toCsv(rows)).map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});
