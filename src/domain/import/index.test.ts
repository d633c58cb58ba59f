import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carriers, itemKinds } from "../items.ts";
import { itemLimits } from "../limits.ts";
import { spheres } from "../spheres.ts";
import { builtInThemes } from "../themes.ts";
import {
  type ExportableItem,
  exportHeaders,
  itemToRow,
  parseImportFile,
  parseImportRows,
  themeKey,
  toCsv,
} from "./index.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of text made of Latin-1 characters, built by hand. */
const latin1 = (text: string) =>
  new Uint8Array(
    Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
      return code;
    }),
  );

describe("parseImportFile", () => {
  it("reads a Dutch Excel export in Windows-1252 with semicolons", () => {
    const text =
      "Naam;Omschrijving;Sfeer;Thema's;Gebied\r\n" +
      "Café De Hoek;Één keer per week;gemeenschappelijk;ontmoeting;Noord\r\n";
    const parsed = parseImportFile(latin1(text));
    expect(parsed.encoding).toBe("windows-1252");
    expect(parsed.delimiter).toBe(";");
    expect(parsed.header).toEqual(["Naam", "Omschrijving", "Sfeer", "Thema's", "Gebied"]);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.result.problems).toEqual([]);
    expect(parsed.result.items).toMatchObject([
      {
        line: 2,
        name: "Café De Hoek",
        description: "Één keer per week",
        sphere: "communal",
        themes: ["meeting"],
        areas: ["Noord"],
      },
    ]);
  });

  it("reads an English comma file with BOM, shuffled headers and an unknown column", () => {
    const text =
      "\uFEFFSphere,Contact,Name,Themes\r\n" +
      'Communal,jan@example.org,"Walk-in, coffee","Loneliness; elderly"\r\n';
    const parsed = parseImportFile(utf8(text));
    expect(parsed.encoding).toBe("utf-8");
    expect(parsed.delimiter).toBe(",");
    expect(parsed.mapping).toEqual({ sphere: 0, name: 2, themes: 3 });
    expect(parsed.unknown).toEqual([{ index: 1, header: "Contact" }]);
    expect(parsed.result.items).toMatchObject([
      { line: 2, name: "Walk-in, coffee", sphere: "communal", themes: ["loneliness", "elderly"] },
    ]);
  });

  it("reports every problem of a bad file with its line number", () => {
    const lines = [
      /* 1 */ "",
      /* 2 */ "naam;omschrijving;soort;sfeer;gedragen door",
      /* 3 */ 'Buurthuis;"Open inloop,',
      /* 4 */ 'koffie en een praatje";plek;institutioneel;professionals',
      /* 5 */ "Taalmaatjes;;rol;;vrijwilligers",
      /* 6 */ ";;;;",
      /* 7 */ ";Geen naam;activiteit;persoonlijk;",
      /* 8 */ "Buurtvaders;;netwerk;gemeenschappelijk;gemengd",
      /* 9 */ "Sportclub;;feestje;gemeenschappelijk;",
      /* 10 */ "",
      /* 11 */ "Moskee inloop;;activiteit;gemeenschappelijk;robots",
      /* 12 */ "Hemelse hulp;;activiteit;hemel;",
      /* 13 */ "Voedselbank;;organisatie;institutioneel;vrijwilligers",
    ];
    const parsed = parseImportFile(latin1(lines.join("\r\n")));
    expect(parsed.header[0]).toBe("naam");
    expect(parsed.result.items.map((i) => [i.line, i.name])).toEqual([
      [3, "Buurthuis"],
      [5, "Taalmaatjes"],
      [8, "Buurtvaders"],
      [13, "Voedselbank"],
    ]);
    expect(parsed.result.items[0]!.description).toBe("Open inloop,\r\nkoffie en een praatje");
    expect(parsed.result.problems).toEqual([
      { line: 7, code: "name_missing", field: "name" },
      { line: 9, code: "unknown_kind", field: "kind", value: "feestje" },
      { line: 11, code: "unknown_carrier", field: "carriedBy", value: "robots" },
      { line: 12, code: "unknown_sphere", field: "sphere", value: "hemel" },
    ]);
  });

  it("returns nothing for an empty file", () => {
    const parsed = parseImportFile(new Uint8Array());
    expect(parsed.header).toEqual([]);
    expect(parsed.result).toEqual({ items: [], problems: [] });
  });
});

describe("parseImportRows", () => {
  it("numbers worksheet rows from firstLine, skipping empty rows", () => {
    const parsed = parseImportRows(
      [[], ["Name", "Sphere"], ["", " "], ["Bieb", "institutional"], ["Koor", "hemel"]],
      1,
    );
    expect(parsed.mapping).toEqual({ name: 0, sphere: 1 });
    expect(parsed.result.items.map((i) => [i.line, i.name, i.sphere])).toEqual([
      [4, "Bieb", "institutional"],
    ]);
    expect(parsed.result.problems).toEqual([
      { line: 5, code: "unknown_sphere", field: "sphere", value: "hemel" },
    ]);
    expect(parseImportRows([["naam"], ["x"]], 3).result.items[0]!.line).toBe(4);
  });
});

describe("export → import round trip", () => {
  const trimmed = (maxLength: number, minLength = 0) =>
    fc
      .string({ unit: "binary", maxLength })
      .map((s) => s.trim())
      .filter((s) => s.length >= minLength && s.length <= maxLength);
  const simpleName = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 -]{0,18}[A-Za-z0-9]$/);
  const customTheme = simpleName.filter((w) => themeKey(w) === w);
  const item: fc.Arbitrary<ExportableItem> = fc.record({
    name: trimmed(60, 1),
    description: trimmed(200),
    kind: fc.constantFrom(...itemKinds),
    sphere: fc.constantFrom(...spheres, null),
    areas: fc.uniqueArray(simpleName, { maxLength: 5, selector: (a) => a.toLowerCase() }),
    themes: fc.uniqueArray(fc.oneof(fc.constantFrom(...builtInThemes), customTheme), {
      maxLength: 6,
      selector: (t) => t.toLowerCase(),
    }),
    carriedBy: fc.constantFrom(...carriers),
    funding: trimmed(itemLimits.shortTextMax),
    reach: trimmed(itemLimits.shortTextMax),
  });

  it("gives back the same items", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        const csv = toCsv([[...exportHeaders], ...items.map(itemToRow)]);
        const parsed = parseImportFile(utf8(csv));
        expect(parsed.unknown).toEqual([]);
        expect(parsed.result.problems).toEqual([]);
        expect(parsed.result.items.map(({ line: _, ...rest }) => rest)).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });

  it("gives back the same items through worksheet rows", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        const parsed = parseImportRows([[...exportHeaders], ...items.map(itemToRow)]);
        expect(parsed.result.items).toEqual(items.map((item, i) => ({ line: i + 2, ...item })));
      }),
    );
  });
});
