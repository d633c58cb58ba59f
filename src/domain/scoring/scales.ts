import type { Sphere } from "../spheres.ts";

/**
 * A scorer's answer to one criterion. `no` < `partly` < `yes` is an ordinal scale (0, 1, 2);
 * `unknown` ("weet niet") is not on that scale: it is counted and reported apart and left out of
 * every distribution-based measure.
 */
export const answers = ["no", "partly", "yes", "unknown"] as const;
export type Answer = (typeof answers)[number];

/** The ordinal part of {@link answers}, in order. */
export const ordinalAnswers = ["no", "partly", "yes"] as const;
export type OrdinalAnswer = (typeof ordinalAnswers)[number];

/** The overall judgement "hoort dit bij de sociale basis?", ordinal 0..2. */
export const overalls = ["rather_not", "doubt", "rather_yes"] as const;
export type Overall = (typeof overalls)[number];

/** The graded outcome of an item: eerder wel / grensgeval / eerder niet. */
export const outcomes = ["rather_in", "edge", "rather_out"] as const;
export type Outcome = (typeof outcomes)[number];

/** An enabled criterion of the current version, with its weight (> 0). */
export interface CriterionWeight {
  versionId: string;
  weight: number;
}

/**
 * One person's latest scoring of one item. `answers` is keyed by criterion version id; answers
 * for versions that are not in the criteria passed to a result are ignored there.
 */
export interface Score {
  scorerId: string;
  /** Stakeholder group of the scorer; null when unknown. */
  group: string | null;
  itemId: string;
  answers: Record<string, Answer>;
  overall: Overall | null;
  /** Proposed sphere; null = no proposal. */
  sphere: Sphere | null;
}

/** Degree thresholds: degree ≤ lower → rather_out, degree ≥ upper → rather_in, else edge. */
export interface Thresholds {
  lower: number;
  upper: number;
}

export const defaultThresholds: Readonly<Thresholds> = Object.freeze({ lower: 0.35, upper: 0.65 });

/** Below this many answers a measure is flagged `insufficient` ("te weinig scores"). */
export const minimumScores = 3;

/** A stakeholder group with fewer scorers than this is never shown on its own. */
export const minimumGroupSize = 3;

/** Throws a RangeError unless 0 ≤ lower < upper ≤ 1. */
export function assertThresholds(thresholds: Thresholds): void {
  const { lower, upper } = thresholds;
  if (
    !(Number.isFinite(lower) && Number.isFinite(upper) && 0 <= lower && lower < upper && upper <= 1)
  ) {
    throw new RangeError(
      `Invalid thresholds: need 0 <= lower < upper <= 1, got ${lower} / ${upper}`,
    );
  }
}

/** Throws a RangeError when a weight is not a finite number > 0 or a version id is repeated. */
export function assertCriteria(criteria: readonly CriterionWeight[]): void {
  const seen = new Set<string>();
  for (const { versionId, weight } of criteria) {
    if (!(Number.isFinite(weight) && weight > 0)) {
      throw new RangeError(`Invalid weight for criterion ${versionId}: ${weight}`);
    }
    if (seen.has(versionId)) throw new RangeError(`Criterion ${versionId} is listed twice`);
    seen.add(versionId);
  }
}
