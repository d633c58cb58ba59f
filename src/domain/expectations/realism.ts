import {
  leikAgreement,
  lowerMedianIndex,
  minimumScores,
  type OrdinalMeasure,
  scaledMean,
  splitGroups,
} from "../scoring/index.ts";

/**
 * A member's realism rating of one expectation: realistisch / deels / onrealistisch, or "weet
 * niet" (`unknown`), which is counted apart and left out of every measure, as in scoring.
 */
export const realismRatings = ["realistic", "partly", "unrealistic", "unknown"] as const;
export type RealismRating = (typeof realismRatings)[number];

/**
 * The ordinal part, lowest first, so the 0..1 mean reads like the scoring scales (higher = more
 * positive): unrealistic = 0, partly = 0.5, realistic = 1.
 */
export const ordinalRealismRatings = ["unrealistic", "partly", "realistic"] as const;
export type OrdinalRealismRating = (typeof ordinalRealismRatings)[number];

export type RealismCounts = Record<RealismRating, number>;

/** Below this many ratings on the scale nobody can disagree with anybody (as in scoring). */
export const minimumRatingsForDisagreement = 2;

export interface RealismResult extends OrdinalMeasure<OrdinalRealismRating> {
  /** Number of "weet niet" ratings. */
  unknown: number;
  /** unknown / (n + unknown); null without any rating. */
  shareUnknown: number | null;
  /** 1 − agreement when n ≥ 2, else null; sort by it to discuss where views differ. */
  disagreement: number | null;
  /** Share of the on-scale ratings that are "unrealistic"; null when n = 0. */
  unrealisticShare: number | null;
  /**
   * More than half of the on-scale ratings are "unrealistic". Given for any n, like every other
   * value; the load analysis only warns about it when n ≥ 3 (see `insufficient`).
   */
  ratedUnrealisticByMost: boolean;
}

export function countRealism(ratings: Iterable<RealismRating>): RealismCounts {
  const counts: RealismCounts = { realistic: 0, partly: 0, unrealistic: 0, unknown: 0 };
  for (const rating of ratings) counts[rating]++;
  return counts;
}

/** Aggregates realism ratings (one per member: the caller keeps only each member's latest). */
export function aggregateRealism(ratings: Iterable<RealismRating>): RealismResult {
  return realismFromCounts(countRealism(ratings));
}

/** The same result from counts; throws a RangeError on a count that is not a whole number ≥ 0. */
export function realismFromCounts(counts: RealismCounts): RealismResult {
  for (const rating of realismRatings) {
    const count = counts[rating];
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(`Invalid count for ${rating}: ${count}`);
    }
  }
  const onScale = ordinalRealismRatings.map((rating) => counts[rating]);
  const n = onScale.reduce((sum, count) => sum + count, 0);
  const median = lowerMedianIndex(onScale);
  const agreement = leikAgreement(onScale);
  const unknown = counts.unknown;
  return {
    n,
    counts: { unrealistic: counts.unrealistic, partly: counts.partly, realistic: counts.realistic },
    median: median < 0 ? null : ordinalRealismRatings[median]!,
    mean: scaledMean(onScale),
    agreement,
    insufficient: n < minimumScores,
    unknown,
    shareUnknown: n + unknown === 0 ? null : unknown / (n + unknown),
    disagreement: n >= minimumRatingsForDisagreement && agreement !== null ? 1 - agreement : null,
    unrealisticShare: n === 0 ? null : counts.unrealistic / n,
    ratedUnrealisticByMost: isRatedUnrealisticByMost(counts.unrealistic, n),
  };
}

/** Strictly more than half: a tie between "unrealistic" and the rest is not "most". */
export function isRatedUnrealisticByMost(unrealistic: number, n: number): boolean {
  return n > 0 && unrealistic * 2 > n;
}

/** The realism of one stakeholder group, or of the pool of small groups (`pooled: true`). */
export interface RealismGroupResult {
  group: string | null;
  pooled: boolean;
  /** The groups in this entry (null: members without a group). */
  groups: (string | null)[];
  people: number;
  result: RealismResult;
}

/**
 * Realism per stakeholder group under the same anonymity rule as scoring (`splitGroups`): no
 * group of fewer than 3 on its own, and nothing that the total minus the shown groups reveals.
 */
export function realismByGroup(
  ratings: readonly { group: string | null; rating: RealismRating }[],
): RealismGroupResult[] {
  const byGroup = new Map<string | null, RealismRating[]>();
  for (const { group, rating } of ratings) {
    byGroup.set(group, [...(byGroup.get(group) ?? []), rating]);
  }
  const groups = [...byGroup.entries()]
    .map(([group, list]) => ({ group, people: list.length }))
    .sort((a, b) =>
      a.group === b.group
        ? 0
        : a.group === null
          ? 1
          : b.group === null
            ? -1
            : a.group < b.group
              ? -1
              : 1,
    );
  const split = splitGroups(groups);
  const results: RealismGroupResult[] = split.shown.map((group) => ({
    group,
    pooled: false,
    groups: [group],
    people: byGroup.get(group)!.length,
    result: aggregateRealism(byGroup.get(group)!),
  }));
  if (split.poolShown) {
    const pooled = split.pooled.flatMap((group) => byGroup.get(group) ?? []);
    results.push({
      group: null,
      pooled: true,
      groups: split.pooled,
      people: pooled.length,
      result: aggregateRealism(pooled),
    });
  }
  return results;
}
