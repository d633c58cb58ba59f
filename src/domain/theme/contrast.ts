import {
  hexColorPattern,
  pageBackground,
  resolveColors,
  type Theme,
  type ThemeColorKey,
} from "./tokens.ts";

/** WCAG 2.1 relative luminance of an `#rrggbb` colour, in [0, 1]. */
export function relativeLuminance(hex: string): number {
  if (!hexColorPattern.test(hex)) throw new Error(`not an #rrggbb colour: ${hex}`);
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.1 contrast ratio of two colours, in [1, 21], the same in either order. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [light, dark] = la >= lb ? [la, lb] : [lb, la];
  return (light + 0.05) / (dark + 0.05);
}

/** The two WCAG AA minimums: text (1.4.3) and focus rings and controls (1.4.11). */
export const minimumContrast = { text: 4.5, nonText: 3 } as const;

export type ContrastPairId =
  | "primaryTextOnPrimary"
  | "linkOnPage"
  | "headerTextOnHeader"
  | "focusOnPage"
  | "primaryOnPage";

/** The colour a pair is checked against: a theme colour or the page's fixed background. */
type Side = ThemeColorKey | "page";

interface ContrastPair {
  id: ContrastPairId;
  foreground: Side;
  background: Side;
  kind: keyof typeof minimumContrast;
}

/** Every pair of theme colours that meet on a page, and the contrast each needs. */
export const contrastPairs: readonly ContrastPair[] = [
  { id: "primaryTextOnPrimary", foreground: "primaryText", background: "primary", kind: "text" },
  { id: "linkOnPage", foreground: "link", background: "page", kind: "text" },
  {
    id: "headerTextOnHeader",
    foreground: "headerText",
    background: "headerBackground",
    kind: "text",
  },
  { id: "focusOnPage", foreground: "focus", background: "page", kind: "nonText" },
  { id: "primaryOnPage", foreground: "primary", background: "page", kind: "nonText" },
];

export interface ContrastResult {
  id: ContrastPairId;
  /** The theme's colour fields involved (to point a form error at them). */
  fields: ThemeColorKey[];
  foreground: string;
  background: string;
  /** The ratio, rounded down to two decimals (so 4.499 never shows as 4.5). */
  ratio: number;
  minimum: number;
  passes: boolean;
}

/** Checks every pair of the theme (defaults filled in); the report lists them all. */
export function contrastReport(theme: Theme | null | undefined): ContrastResult[] {
  const colors = resolveColors(theme);
  const colorOf = (side: Side) => (side === "page" ? pageBackground : colors[side]);
  return contrastPairs.map((pair) => {
    const foreground = colorOf(pair.foreground);
    const background = colorOf(pair.background);
    const exact = contrastRatio(foreground, background);
    const minimum = minimumContrast[pair.kind];
    return {
      id: pair.id,
      fields: [pair.foreground, pair.background].filter((s): s is ThemeColorKey => s !== "page"),
      foreground,
      background,
      ratio: Math.floor(exact * 100) / 100,
      minimum,
      passes: exact >= minimum,
    };
  });
}

/** The pairs that break WCAG AA; empty when the theme may be used. */
export function contrastFailures(theme: Theme | null | undefined): ContrastResult[] {
  return contrastReport(theme).filter((result) => !result.passes);
}
