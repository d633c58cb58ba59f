import { z } from "zod";

export const directions = ["higher_is_better", "lower_is_better"] as const;
export type Direction = (typeof directions)[number];

export const indicatorInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().max(60).default(""),
  direction: z.enum(directions).default("higher_is_better"),
  source: z.string().trim().max(500).default(""),
  /** A built-in suggestion this indicator was made from (its caveat is shown), or null. */
  libraryKey: z.string().max(60).nullable().default(null),
});
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

export const measurementInputSchema = z.strictObject({
  date: z.iso.date(),
  value: z.number().finite(),
  note: z.string().trim().max(1000).default(""),
});
export type MeasurementInput = z.input<typeof measurementInputSchema>;

/**
 * Suggested indicators; names, units and caveats are in the catalogues
 * (`strengthening.indicatorLibrary`). Each caveat says what the number misses: research on
 * measuring the social base (Kwakernaak & Deuten, "Cijfers en de sociale basis", 2023) warns that
 * much of it — informal help, trust, what people do for each other unseen — is not in figures.
 */
export const indicatorLibrary = [
  { key: "active_volunteers", direction: "higher_is_better" },
  { key: "meeting_places", direction: "higher_is_better" },
  { key: "feel_connected", direction: "higher_is_better" },
  { key: "walk_in_reach", direction: "higher_is_better" },
  { key: "resident_initiatives", direction: "higher_is_better" },
  { key: "informal_carers_supported", direction: "higher_is_better" },
  { key: "loneliness", direction: "lower_is_better" },
] as const satisfies readonly { key: string; direction: Direction }[];
export type IndicatorLibraryKey = (typeof indicatorLibrary)[number]["key"];

export interface Measurement {
  date: string;
  value: number;
  note: string;
}

export type Trend = "better" | "worse" | "same" | "unknown";

/** The change between the first and the last measurement, read in the indicator's direction. */
export function trendOf(measurements: readonly Measurement[], direction: Direction): Trend {
  if (measurements.length < 2) return "unknown";
  const sorted = [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const delta = sorted.at(-1)!.value - sorted[0]!.value;
  if (delta === 0) return "same";
  return delta > 0 === (direction === "higher_is_better") ? "better" : "worse";
}
