import { type Sphere, spheres } from "../spheres.ts";
import {
  leikAgreement,
  lowerMedianIndex,
  modeIndex,
  nominalAgreement,
  scaledMean,
} from "./measures.ts";
import {
  type CriterionWeight,
  minimumScores,
  type OrdinalAnswer,
  type Outcome,
  type Overall,
  ordinalAnswers,
  overalls,
  type Thresholds,
} from "./scales.ts";

/** Distribution, central value and agreement on an ordinal scale with categories `C`. */
export interface OrdinalMeasure<C extends string> {
  /** Answers on the scale (without "unknown" or missing answers). */
  n: number;
  counts: Record<C, number>;
  /** Median category (lower median on an even count); null when n = 0. */
  median: C | null;
  /** Mean on a 0..1 scale; null when n = 0. */
  mean: number | null;
  /** 1 − Leik's D, 0..1; null when n = 0. */
  agreement: number | null;
  /** n < 3: shown as "te weinig scores"; the values are still computed. */
  insufficient: boolean;
}

export interface CriterionResult extends OrdinalMeasure<OrdinalAnswer> {
  versionId: string;
  weight: number;
  /** Number of "weet niet" answers. */
  unknown: number;
  /** unknown / (n + unknown): the share of this criterion's answers that were "weet niet". */
  shareUnknown: number | null;
}

export interface OverallResult extends OrdinalMeasure<Overall> {
  /** Scorers who gave no overall judgement. */
  missing: number;
}

export interface SphereResult {
  /** Scorers who proposed a sphere. */
  n: number;
  counts: Record<Sphere, number>;
  /** The single most proposed sphere; null when there is no proposal or a tie for first. */
  modal: Sphere | null;
  /** Normalised modal share (p_max − 1/3)/(1 − 1/3), 0..1; null when n = 0. */
  agreement: number | null;
  insufficient: boolean;
  /** Scorers who made no proposal. */
  none: number;
}

export interface DegreeResult {
  /** Weighted mean of the criteria means over criteria with n ≥ 1, 0..1; null if none. */
  value: number | null;
  outcome: Outcome | null;
  /** How many criteria contributed to the value. */
  criteria: number;
  /** No contributing criterion has n ≥ 3. */
  insufficient: boolean;
}

export interface DisagreementResult {
  /** Mean of the available components, 0..1; 0 when no component is available. */
  index: number;
  /** Weighted mean of (1 − agreement) over criteria with n ≥ 2; null if none. */
  criteria: number | null;
  /** 1 − agreement of the overall judgement if n ≥ 2, else null. */
  overall: number | null;
  /** 1 − agreement of the sphere placement if n ≥ 2, else null. */
  sphere: number | null;
  /** Fewer than 3 scorers. */
  insufficient: boolean;
}

/** The figures computed for an item and for each stakeholder group within it. */
export interface Figures {
  scorers: number;
  /** In the order of the criteria passed in. */
  criteria: CriterionResult[];
  overall: OverallResult;
  sphere: SphereResult;
  degree: DegreeResult;
}

/**
 * One stakeholder group, or the pool of small groups (`pooled: true`, `group: null`) with the
 * names of its members in `groups` (null there = scorers without a group).
 */
export interface GroupResult extends Figures {
  group: string | null;
  pooled: boolean;
  groups: (string | null)[];
}

export interface ItemResult extends Figures {
  itemId: string;
  disagreement: DisagreementResult;
  /** Groups with ≥ 3 scorers sorted by name, then the pool of the rest if it has ≥ 3 scorers. */
  groups: GroupResult[];
}

/** Layout of the per-score "misc" counters: scorers, overall × 3, sphere × 3. */
export const MISC_SCORERS = 0;
export const MISC_OVERALL = 1;
export const MISC_SPHERE = 4;
export const MISC_SIZE = 8;
/** Answers per criterion in a counts array: no, partly, yes, unknown. */
export const ANSWER_STRIDE = 4;

/** Tolerance for comparing a degree with a threshold, so 0.65 computed as 0.6499…9 still counts. */
const EPSILON = 1e-9;

export function outcomeOf(degree: number | null, thresholds: Thresholds): Outcome | null {
  if (degree === null) return null;
  if (degree >= thresholds.upper - EPSILON) return "rather_in";
  if (degree <= thresholds.lower + EPSILON) return "rather_out";
  return "edge";
}

function criterionResult(
  counts: Int32Array,
  start: number,
  criterion: CriterionWeight,
): CriterionResult {
  const no = counts[start]!;
  const partly = counts[start + 1]!;
  const yes = counts[start + 2]!;
  const unknown = counts[start + 3]!;
  const n = no + partly + yes;
  const median = lowerMedianIndex(counts, start, 3);
  return {
    versionId: criterion.versionId,
    weight: criterion.weight,
    n,
    counts: { no, partly, yes },
    median: median < 0 ? null : ordinalAnswers[median]!,
    mean: scaledMean(counts, start, 3),
    agreement: leikAgreement(counts, start, 3),
    insufficient: n < minimumScores,
    unknown,
    shareUnknown: n + unknown === 0 ? null : unknown / (n + unknown),
  };
}

function overallResult(misc: Int32Array): OverallResult {
  const s = MISC_OVERALL;
  const n = misc[s]! + misc[s + 1]! + misc[s + 2]!;
  const median = lowerMedianIndex(misc, s, 3);
  return {
    n,
    counts: { rather_not: misc[s]!, doubt: misc[s + 1]!, rather_yes: misc[s + 2]! },
    median: median < 0 ? null : overalls[median]!,
    mean: scaledMean(misc, s, 3),
    agreement: leikAgreement(misc, s, 3),
    insufficient: n < minimumScores,
    missing: misc[MISC_SCORERS]! - n,
  };
}

function sphereResult(misc: Int32Array): SphereResult {
  const s = MISC_SPHERE;
  const n = misc[s]! + misc[s + 1]! + misc[s + 2]!;
  const modal = modeIndex(misc, s, 3);
  return {
    n,
    counts: { personal: misc[s]!, communal: misc[s + 1]!, institutional: misc[s + 2]! },
    modal: modal < 0 ? null : spheres[modal]!,
    agreement: nominalAgreement(misc, s, 3),
    insufficient: n < minimumScores,
    none: misc[MISC_SCORERS]! - n,
  };
}

function degreeResult(criteria: CriterionResult[], thresholds: Thresholds): DegreeResult {
  let weighted = 0;
  let weights = 0;
  let used = 0;
  let maxN = 0;
  for (const c of criteria) {
    if (c.mean === null) continue;
    weighted += c.weight * c.mean;
    weights += c.weight;
    used++;
    if (c.n > maxN) maxN = c.n;
  }
  const value = used === 0 ? null : weighted / weights;
  return {
    value,
    outcome: outcomeOf(value, thresholds),
    criteria: used,
    insufficient: maxN < minimumScores,
  };
}

/**
 * Figures from gathered counts: `counts` holds criteria.length × 4 answer counts in the order of
 * `criteria`, `misc` the scorer, overall and sphere counters.
 */
export function figures(
  counts: Int32Array,
  misc: Int32Array,
  criteria: readonly CriterionWeight[],
  thresholds: Thresholds,
): Figures {
  const perCriterion = criteria.map((c, i) => criterionResult(counts, i * ANSWER_STRIDE, c));
  return {
    scorers: misc[MISC_SCORERS]!,
    criteria: perCriterion,
    overall: overallResult(misc),
    sphere: sphereResult(misc),
    degree: degreeResult(perCriterion, thresholds),
  };
}

/**
 * Disagreement index: the mean of whichever of these components are available —
 * (a) the weighted mean of 1 − agreement over criteria with n ≥ 2 (weights renormalised),
 * (b) 1 − agreement of the overall judgement if its n ≥ 2,
 * (c) 1 − agreement of the sphere placement if its n ≥ 2;
 * 0 when none is. One answer cannot disagree with itself, hence n ≥ 2.
 */
export function disagreementOf(f: Figures): DisagreementResult {
  let weighted = 0;
  let weights = 0;
  for (const c of f.criteria) {
    if (c.n < 2 || c.agreement === null) continue;
    weighted += c.weight * (1 - c.agreement);
    weights += c.weight;
  }
  const criteria = weights === 0 ? null : weighted / weights;
  const overall = f.overall.n >= 2 && f.overall.agreement !== null ? 1 - f.overall.agreement : null;
  const sphere = f.sphere.n >= 2 && f.sphere.agreement !== null ? 1 - f.sphere.agreement : null;
  let sum = 0;
  let parts = 0;
  for (const part of [criteria, overall, sphere]) {
    if (part === null) continue;
    sum += part;
    parts++;
  }
  return {
    index: parts === 0 ? 0 : sum / parts,
    criteria,
    overall,
    sphere,
    insufficient: f.scorers < minimumScores,
  };
}
