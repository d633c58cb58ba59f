import type { Carrier, ItemKind } from "../items.ts";
import type { Sphere } from "../spheres.ts";
import { type BuiltInTheme, builtInThemes } from "../themes.ts";
import { labelKey, splitList, uniqueIgnoringCase } from "./normalize.ts";

/** Dutch labels written on export; import accepts each of them. */
export const sphereLabel: Record<Sphere, string> = {
  personal: "persoonlijk",
  communal: "gemeenschappelijk",
  institutional: "institutioneel",
};

export const kindLabel: Record<ItemKind, string> = {
  activity: "activiteit",
  organisation: "organisatie",
  place: "plek",
  role: "rol",
  network: "netwerk",
};

export const carrierLabel: Record<Carrier, string> = {
  volunteers: "vrijwilligers",
  professionals: "professionals",
  mixed: "gemengd",
};

export const builtInThemeLabel: Record<BuiltInTheme, string> = {
  youth: "jeugd",
  elderly: "ouderen",
  money_worries: "geldzorgen",
  health: "gezondheid",
  safety: "veiligheid",
  loneliness: "eenzaamheid",
  informal_care: "mantelzorg",
  participation: "participatie",
  meeting: "ontmoeting",
  housing: "wonen",
};

function lookup<T extends string>(labels: Record<T, string[]>): Map<string, T> {
  const entries = Object.entries(labels) as [T, string[]][];
  return new Map(
    entries.flatMap(([value, words]) =>
      [value, ...words].map((w) => [labelKey(w), value] as const),
    ),
  );
}

const spheres = lookup<Sphere>({
  personal: ["persoonlijk", "persoonlijke", "persoonlijke sociale basis", "personal"],
  communal: ["gemeenschappelijk", "gemeenschappelijke", "gemeenschappelijke sociale basis"],
  institutional: ["institutioneel", "institutionele", "institutionele sociale basis"],
});
const unplaced = new Set(["", "ongeplaatst", "niet geplaatst", "unplaced", "geen"].map(labelKey));

const kinds = lookup<ItemKind>({
  activity: ["activiteit", "activity"],
  organisation: ["organisatie", "organization"],
  place: ["plek", "plaats", "locatie", "location", "place"],
  role: ["rol", "role"],
  network: ["netwerk", "network"],
});

const carrierValues = lookup<Carrier>({
  volunteers: ["vrijwilligers", "vrijwillig", "vrijwilliger", "volunteers", "volunteer"],
  professionals: ["professionals", "professional", "beroepskrachten", "professioneel"],
  mixed: ["gemengd", "mixed", "beide", "both"],
});

const themes = lookup<BuiltInTheme>({
  youth: ["jeugd", "youth"],
  elderly: ["ouderen", "elderly"],
  money_worries: ["geldzorgen", "money worries", "schulden"],
  health: ["gezondheid", "health"],
  safety: ["veiligheid", "safety"],
  loneliness: ["eenzaamheid", "loneliness"],
  informal_care: ["mantelzorg", "informal care"],
  participation: ["participatie", "participation"],
  meeting: ["ontmoeting", "meeting"],
  housing: ["wonen", "housing"],
});

/**
 * The sphere a cell names: a sphere, null when the cell is empty or says "unplaced" (also "-"),
 * or undefined when the cell names nothing known.
 */
export function parseSphere(text: string): Sphere | null | undefined {
  const key = labelKey(text);
  if (unplaced.has(key)) return null;
  return spheres.get(key);
}

/** The kind a cell names, or undefined when the cell is empty or names nothing known. */
export function parseKind(text: string): ItemKind | undefined {
  return kinds.get(labelKey(text));
}

/** Who carries an item according to a cell, or undefined when empty or unknown. */
export function parseCarrier(text: string): Carrier | undefined {
  return carrierValues.get(labelKey(text));
}

/** The key of a built-in theme a label names ("Jeugd", "money worries"), else the label trimmed. */
export function themeKey(label: string): string {
  return themes.get(labelKey(label)) ?? label.trim();
}

/**
 * The themes in a cell, split on "," ";" "|" or "/": built-in themes as their key, other themes
 * as written (these become the workspace's own themes). Duplicates are dropped.
 */
export function parseThemes(text: string): string[] {
  return uniqueIgnoringCase(splitList(text).map(themeKey));
}

/** The Dutch label of a theme: a built-in theme's label, a workspace's own theme as it is. */
export function themeLabel(theme: string): string {
  return (builtInThemes as readonly string[]).includes(theme)
    ? builtInThemeLabel[theme as BuiltInTheme]
    : theme;
}
