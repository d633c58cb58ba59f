export { CriterionSlots, type EncodedScore, ItemAccumulator } from "./accumulator.ts";
export { type GroupSplit, splitGroups } from "./anonymity.ts";
export { aggregateBatch } from "./batch.ts";
export { ScoreBook } from "./book.ts";
export {
  leikAgreement,
  lowerMedianIndex,
  modeIndex,
  nominalAgreement,
  scaledMean,
} from "./measures.ts";
export {
  type CriterionResult,
  type DegreeResult,
  type DisagreementResult,
  type Figures,
  type GroupResult,
  type ItemResult,
  type OrdinalMeasure,
  type OverallResult,
  outcomeOf,
  type SphereResult,
} from "./results.ts";
export {
  type Answer,
  answers,
  assertCriteria,
  assertThresholds,
  type CriterionWeight,
  defaultThresholds,
  minimumGroupSize,
  minimumScores,
  type OrdinalAnswer,
  type Outcome,
  type Overall,
  ordinalAnswers,
  outcomes,
  overalls,
  type Score,
  type Thresholds,
} from "./scales.ts";
