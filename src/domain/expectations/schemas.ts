import { z } from "zod";
import { itemLimits } from "../limits.ts";
import { spheres } from "../spheres.ts";
import { forces } from "./forces.ts";
import { nationalExpectationKeys } from "./library.ts";
import { realismRatings } from "./realism.ts";

/** Size limits of expectations and realism ratings. */
export const expectationLimits = {
  titleMax: 200,
  sourceMax: 300,
  pageMax: 100,
  textMax: 4000,
  neededMax: 2000,
  itemsMax: 500,
} as const;

function distinct(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

const titleText = z.string().trim().min(1).max(expectationLimits.titleMax);
const longText = z.string().trim().max(expectationLimits.textMax);

const linkFields = {
  themes: z
    .array(z.string().trim().min(1).max(itemLimits.themeMax))
    .max(itemLimits.themesMax)
    .refine(distinct, "duplicate theme"),
  forces: z.array(z.enum(forces)).max(forces.length).refine(distinct, "duplicate force"),
  relievesFormalCare: z.boolean(),
  spheres: z.array(z.enum(spheres)).max(spheres.length).refine(distinct, "duplicate sphere"),
  itemIds: z.array(z.uuid()).max(expectationLimits.itemsMax).refine(distinct, "duplicate item"),
};

const localFields = {
  title: titleText,
  source: z.string().trim().max(expectationLimits.sourceMax),
  /** Free text: local sources cite pages, ranges, sections or nothing ("p. 5", "12-14"). */
  page: z.string().trim().max(expectationLimits.pageMax),
  expects: longText.min(1),
  purpose: longText,
  ...linkFields,
};

/** A workspace's own expectation. An empty `forces` means: not yet marked. */
export const localExpectationInputSchema = z.strictObject({
  ...localFields,
  source: localFields.source.default(""),
  page: localFields.page.default(""),
  purpose: localFields.purpose.default(""),
  themes: localFields.themes.default([]),
  forces: localFields.forces.default([]),
  relievesFormalCare: localFields.relievesFormalCare.default(false),
  spheres: localFields.spheres.default([]),
  itemIds: localFields.itemIds.default([]),
});
export type LocalExpectationInput = z.infer<typeof localExpectationInputSchema>;

// No defaults here: a field left out of a change must stay as it is.
export const localExpectationPatchSchema = z
  .strictObject(localFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, "empty change");
export type LocalExpectationPatch = z.infer<typeof localExpectationPatchSchema>;

/**
 * What a workspace may change about a national expectation: not its text, only its own reading
 * (forces, purpose) and links. Themes of the library are fixed.
 */
export const nationalExpectationLinksPatchSchema = z
  .strictObject({
    forces: linkFields.forces,
    relievesFormalCare: linkFields.relievesFormalCare,
    spheres: linkFields.spheres,
    itemIds: linkFields.itemIds,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "empty change");
export type NationalExpectationLinksPatch = z.infer<typeof nationalExpectationLinksPatchSchema>;

export const nationalExpectationKeySchema = z.enum(nationalExpectationKeys);

/** One member's realism rating, with the answer to "wat zou er nodig zijn?". */
export const realismRatingInputSchema = z.strictObject({
  rating: z.enum(realismRatings),
  needed: z.string().trim().max(expectationLimits.neededMax).default(""),
});
export type RealismRatingInput = z.infer<typeof realismRatingInputSchema>;
