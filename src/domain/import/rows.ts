import type { Carrier, ItemKind } from "../items.ts";
import { itemLimits } from "../limits.ts";
import type { Sphere } from "../spheres.ts";
import type { ColumnMapping, ImportField } from "./columns.ts";
import type { CsvRecord } from "./csv.ts";
import { splitList, uniqueIgnoringCase } from "./normalize.ts";
import {
  carrierLabel,
  kindLabel,
  parseCarrier,
  parseKind,
  parseSphere,
  parseThemes,
  sphereLabel,
  themeLabel,
} from "./values.ts";

/** An item read from one spreadsheet row; areas are names, still to be matched to areas. */
export interface ImportedItem {
  line: number;
  name: string;
  description: string;
  kind: ItemKind;
  sphere: Sphere | null;
  areas: string[];
  themes: string[];
  carriedBy: Carrier;
  funding: string;
  reach: string;
}

export type ImportProblemCode =
  | "name_missing"
  | "unknown_sphere"
  | "unknown_kind"
  | "unknown_carrier"
  | "too_long"
  | "too_many";

/** Something wrong in one cell; `value` quotes the cell (shortened), or the count for too_many. */
export interface ImportProblem {
  line: number;
  code: ImportProblemCode;
  field: ImportField;
  value?: string;
}

/** The rows that can be imported, and every problem of the rows that cannot. */
export interface ImportResult {
  items: ImportedItem[];
  problems: ImportProblem[];
}

/** The fields of an item that an export writes. */
export interface ExportableItem {
  name: string;
  description: string;
  kind: ItemKind;
  sphere: Sphere | null;
  areas: string[];
  themes: string[];
  carriedBy: Carrier;
  funding: string;
  reach: string;
}

const quoteMax = 60;

function quote(value: string): string {
  return value.length > quoteMax ? `${value.slice(0, quoteMax)}…` : value;
}

/**
 * Turns data records (header excluded) into items. A row with any problem yields no item; all of
 * its problems are reported. Empty kind means activity, empty "carried by" mixed, empty sphere
 * unplaced.
 */
export function mapRecords(records: CsvRecord[], mapping: ColumnMapping): ImportResult {
  const items: ImportedItem[] = [];
  const problems: ImportProblem[] = [];
  for (const { line, cells } of records) {
    const rowProblems: ImportProblem[] = [];
    const problem = (code: ImportProblemCode, field: ImportField, value?: string) =>
      rowProblems.push(value === undefined ? { line, code, field } : { line, code, field, value });
    const cell = (field: ImportField) => {
      const index = mapping[field];
      return index === undefined ? "" : (cells[index] ?? "").trim();
    };
    const text = (field: ImportField, max: number) => {
      const value = cell(field);
      if (value.length > max) problem("too_long", field, quote(value));
      return value;
    };
    const list = (field: ImportField, values: string[], itemMax: number, countMax: number) => {
      for (const value of values)
        if (value.length > itemMax) problem("too_long", field, quote(value));
      if (values.length > countMax) problem("too_many", field, String(values.length));
      return values;
    };

    const name = text("name", itemLimits.nameMax);
    if (name === "") problem("name_missing", "name");
    const description = text("description", itemLimits.descriptionMax);

    const kindText = cell("kind");
    const kind = kindText === "" ? "activity" : parseKind(kindText);
    if (kind === undefined) problem("unknown_kind", "kind", quote(kindText));

    const sphereText = cell("sphere");
    const sphere = parseSphere(sphereText);
    if (sphere === undefined) problem("unknown_sphere", "sphere", quote(sphereText));

    const areas = list(
      "areas",
      uniqueIgnoringCase(splitList(cell("areas"))),
      itemLimits.areaNameMax,
      itemLimits.areasMax,
    );
    const themes = list(
      "themes",
      parseThemes(cell("themes")),
      itemLimits.themeMax,
      itemLimits.themesMax,
    );

    const carrierText = cell("carriedBy");
    const carriedBy = carrierText === "" ? "mixed" : parseCarrier(carrierText);
    if (carriedBy === undefined) problem("unknown_carrier", "carriedBy", quote(carrierText));

    const funding = text("funding", itemLimits.shortTextMax);
    const reach = text("reach", itemLimits.shortTextMax);

    if (
      rowProblems.length > 0 ||
      kind === undefined ||
      sphere === undefined ||
      carriedBy === undefined
    ) {
      problems.push(...rowProblems);
      continue;
    }
    items.push({
      line,
      name,
      description,
      kind,
      sphere,
      areas,
      themes,
      carriedBy,
      funding,
      reach,
    });
  }
  return { items, problems };
}

/** One export row, in the order of `exportHeaders`, with Dutch labels. */
export function itemToRow(item: ExportableItem): string[] {
  return [
    item.name,
    item.description,
    kindLabel[item.kind],
    item.sphere === null ? "" : sphereLabel[item.sphere],
    item.areas.join(", "),
    item.themes.map(themeLabel).join(", "),
    carrierLabel[item.carriedBy],
    item.funding,
    item.reach,
  ];
}
