import { z } from "zod";
import { criterionSets } from "./criteria.ts";
import { answers, type Outcome, overalls } from "./scoring/scales.ts";
import { type Sphere, spheres } from "./spheres.ts";

export const decisionValues = ["in", "edge", "out"] as const;
export type Decision = (typeof decisionValues)[number];

const labelText = z.string().trim().min(1).max(200);
const explanationText = z.string().trim().max(2000);

export const criterionSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  set: z.enum(criterionSets),
  /** Null: the default wording from the catalogue, in the reader's language. */
  label: z.string().nullable(),
  explanation: z.string().nullable(),
  weight: z.number(),
  enabled: z.boolean(),
  position: z.number(),
  version: z.number(),
  versionId: z.uuid(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const createCriterionSchema = z.strictObject({
  set: z.enum(criterionSets),
  label: labelText,
  explanation: explanationText.default(""),
  weight: z.number().int().min(1).max(5).default(1),
});
export type CreateCriterionInput = z.infer<typeof createCriterionSchema>;

/** Rewording makes a new version; weight and enabled do not change what a score meant. */
export const updateCriterionSchema = z
  .strictObject({
    label: labelText,
    explanation: explanationText,
    weight: z.number().int().min(1).max(5),
    enabled: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "empty change");
export type UpdateCriterionInput = z.infer<typeof updateCriterionSchema>;

export const scoreInputSchema = z.strictObject({
  answers: z.record(z.uuid(), z.enum(answers)),
  overall: z.enum(overalls).nullable().default(null),
  sphere: z.enum(spheres).nullable().default(null),
  comment: z.string().trim().max(2000).default(""),
});
export type ScoreInput = z.infer<typeof scoreInputSchema>;

export const myScoreSchema = scoreInputSchema
  .extend({ updatedAt: z.string(), stakeholderGroupId: z.uuid().nullable() })
  .nullable();
export type MyScore = z.infer<typeof myScoreSchema>;

export const decisionInputSchema = z.strictObject({
  decision: z.enum(decisionValues),
  reason: z.string().trim().max(2000).default(""),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const decisionSchema = z.object({
  decision: z.enum(decisionValues),
  reason: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
});
export type DecisionRecord = z.infer<typeof decisionSchema>;

/**
 * A threshold as a fraction, to four decimals: the column is a `real`, which refuses the tiniest
 * doubles (4.4e-323 answered 500 before this rounding).
 */
const fraction = z
  .number()
  .min(0)
  .max(1)
  .transform((v) => Math.round(v * 10_000) / 10_000);

export const thresholdsSchema = z
  .strictObject({ lower: fraction, upper: fraction })
  .refine((t) => t.lower < t.upper, "lower must be below upper");

export const stakeholderGroupSchema = z.object({
  id: z.uuid(),
  key: z.string().nullable(),
  name: z.string().nullable(),
});
export type StakeholderGroup = z.infer<typeof stakeholderGroupSchema>;

/** A group the workspace names itself, or a new name for a built-in one. */
export const stakeholderGroupInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
});

/** One item on the Afbakening overview, as the API returns it. */
export interface OverviewItem {
  itemId: string;
  name: string;
  sphere: Sphere | null;
  scorers: number;
  degree: number | null;
  outcome: Outcome | null;
  disagreement: number;
  insufficient: boolean;
  proposedSphere: Sphere | null;
  decision: DecisionRecord | null;
}
