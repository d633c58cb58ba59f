import { describe, expect, it } from "vitest";
import { itemLimits } from "../limits.ts";
import { exportHeaders, matchColumns } from "./columns.ts";
import type { CsvRecord } from "./csv.ts";
import { itemToRow, mapRecords } from "./rows.ts";

const { mapping } = matchColumns([...exportHeaders]);
const record = (line: number, cells: string[]): CsvRecord => ({ line, cells });

describe("mapRecords", () => {
  it("maps a full row and fills defaults for empty cells", () => {
    const result = mapRecords(
      [
        record(2, [
          "Repair café",
          "Samen repareren",
          "Activiteit",
          "Gemeenschappelijk",
          "Noord, Oost; noord",
          "ontmoeting, duurzaamheid",
          "Vrijwilligers",
          "subsidie",
          "40 per maand",
        ]),
        record(3, ["Buurtvaders"]),
      ],
      mapping,
    );
    expect(result.problems).toEqual([]);
    expect(result.items).toEqual([
      {
        line: 2,
        name: "Repair café",
        description: "Samen repareren",
        kind: "activity",
        sphere: "communal",
        areas: ["Noord", "Oost"],
        themes: ["meeting", "duurzaamheid"],
        carriedBy: "volunteers",
        funding: "subsidie",
        reach: "40 per maand",
      },
      {
        line: 3,
        name: "Buurtvaders",
        description: "",
        kind: "activity",
        sphere: null,
        areas: [],
        themes: [],
        carriedBy: "mixed",
        funding: "",
        reach: "",
      },
    ]);
  });

  it("reports every problem of a row and leaves the row out", () => {
    const result = mapRecords(
      [record(4, ["", "", "feest", "hemel", "", "", "robots"]), record(5, ["Goed"])],
      mapping,
    );
    expect(result.items.map((i) => i.line)).toEqual([5]);
    expect(result.problems).toEqual([
      { line: 4, code: "name_missing", field: "name" },
      { line: 4, code: "unknown_kind", field: "kind", value: "feest" },
      { line: 4, code: "unknown_sphere", field: "sphere", value: "hemel" },
      { line: 4, code: "unknown_carrier", field: "carriedBy", value: "robots" },
    ]);
  });

  it("enforces the item limits", () => {
    const tooMany = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`).join(", ");
    const row = (cells: Partial<Record<number, string>>) =>
      Array.from({ length: 9 }, (_, i) => cells[i] ?? (i === 0 ? "Naam" : ""));
    const result = mapRecords(
      [
        record(2, row({ 0: "x".repeat(itemLimits.nameMax + 1) })),
        record(3, row({ 1: "x".repeat(itemLimits.descriptionMax + 1) })),
        record(4, row({ 5: tooMany(itemLimits.themesMax + 1) })),
        record(5, row({ 5: "y".repeat(itemLimits.themeMax + 1) })),
        record(6, row({ 4: tooMany(itemLimits.areasMax + 1) })),
        record(7, row({ 4: "z".repeat(itemLimits.areaNameMax + 1) })),
        record(8, row({ 7: "f".repeat(itemLimits.shortTextMax + 1) })),
        record(9, row({ 8: "r".repeat(itemLimits.shortTextMax + 1) })),
        record(10, row({ 0: "x".repeat(itemLimits.nameMax), 5: tooMany(itemLimits.themesMax) })),
      ],
      mapping,
    );
    expect(result.problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [2, "too_long", "name"],
      [3, "too_long", "description"],
      [4, "too_many", "themes"],
      [5, "too_long", "themes"],
      [6, "too_many", "areas"],
      [7, "too_long", "areas"],
      [8, "too_long", "funding"],
      [9, "too_long", "reach"],
    ]);
    expect(result.problems[2]!.value).toBe(String(itemLimits.themesMax + 1));
    expect(result.items.map((i) => i.line)).toEqual([10]);
  });

  it("reports a missing name on every row when no column holds names", () => {
    const result = mapRecords([record(2, ["x"]), record(3, ["y"])], { description: 0 });
    expect(result.problems.map((p) => [p.line, p.code])).toEqual([
      [2, "name_missing"],
      [3, "name_missing"],
    ]);
  });
});

describe("itemToRow", () => {
  it("writes the export columns with Dutch labels", () => {
    expect(
      itemToRow({
        name: "Taalmaatje",
        description: "Oefenen met Nederlands",
        kind: "role",
        sphere: null,
        areas: ["Centrum", "Zuid"],
        themes: ["participation", "taal"],
        carriedBy: "volunteers",
        funding: "gemeente",
        reach: "30 koppels",
      }),
    ).toEqual([
      "Taalmaatje",
      "Oefenen met Nederlands",
      "rol",
      "",
      "Centrum, Zuid",
      "participatie, taal",
      "vrijwilligers",
      "gemeente",
      "30 koppels",
    ]);
  });
});
