import { labelKey } from "./normalize.ts";

export const importFields = [
  "name",
  "description",
  "kind",
  "sphere",
  "areas",
  "themes",
  "carriedBy",
  "funding",
  "reach",
] as const;
/** A field of an inventory item that a spreadsheet column can fill. */
export type ImportField = (typeof importFields)[number];

/** For each recognised field, the index of its column. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export interface ColumnMatch {
  mapping: ColumnMapping;
  /** Columns with a header that names no field (or a field already taken by an earlier column). */
  unknown: { index: number; header: string }[];
}

/** Column headers of an export, in order; {@link matchColumns} recognises each of them. */
export const exportHeaders = [
  "naam",
  "omschrijving",
  "soort",
  "sfeer",
  "gebied",
  "thema's",
  "gedragen door",
  "financiering",
  "bereik",
] as const;

const headerNames: Record<ImportField, string[]> = {
  name: ["naam", "name", "titel", "title"],
  description: ["omschrijving", "beschrijving", "description"],
  kind: ["soort", "type", "kind"],
  sphere: ["sfeer", "sphere"],
  areas: ["gebied", "gebieden", "wijk", "wijken", "buurt", "buurten", "area", "areas"],
  themes: ["thema's", "themas", "thema", "themes", "theme"],
  carriedBy: ["gedragen door", "carried by", "uitvoering door", "uitgevoerd door"],
  funding: ["financiering", "funding"],
  reach: ["bereik", "reach"],
};

const fieldByKey = new Map<string, ImportField>(
  importFields.flatMap((field) =>
    headerNames[field].map((name) => [labelKey(name), field] as const),
  ),
);

/** The field a header names, ignoring case, accents, whitespace, punctuation and "(…)" notes. */
export function headerField(header: string): ImportField | undefined {
  return fieldByKey.get(labelKey(header.replace(/\([^)]*\)/g, "")));
}

/**
 * Recognises the header row of a spreadsheet, in Dutch or English and in any order. When two
 * columns name the same field the first one counts. Empty headers are ignored.
 */
export function matchColumns(header: string[]): ColumnMatch {
  const mapping: ColumnMapping = {};
  const unknown: ColumnMatch["unknown"] = [];
  header.forEach((raw, index) => {
    const text = (raw ?? "").trim();
    if (text === "") return;
    const field = headerField(text);
    if (field && mapping[field] === undefined) mapping[field] = index;
    else unknown.push({ index, header: text });
  });
  return { mapping, unknown };
}
