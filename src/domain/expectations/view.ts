import type { Sphere } from "../spheres.ts";
import type { NationalExpectation, NationalExpectationKey } from "./library.ts";
import type { RealismGroupResult, RealismRating, RealismResult } from "./realism.ts";

/** The same fields as a plain object type, so it passes as JSON with any extra keys. */
export type Plain<T> = { [K in keyof T]: T[K] };

/** One expectation as the API returns it; the server builds it, the web app reads it. */
export interface ExpectationView {
  id: string;
  /** Set for the national library: its texts (both languages) are in `national`. */
  nationalKey: NationalExpectationKey | null;
  national: Plain<Omit<NationalExpectation, "key" | "themes" | "spheres" | "forces">> | null;
  title: string;
  source: string;
  page: string;
  expects: string;
  purpose: string;
  themes: string[];
  forces: string[];
  relievesFormalCare: boolean;
  spheres: Sphere[];
  itemIds: string[];
  realism: Plain<RealismResult>;
  /** Per stakeholder group, groups under 3 pooled (as in scoring). */
  realismGroups: Plain<RealismGroupResult>[];
  /** The answers to "wat zou er nodig zijn?", newest first, without who gave them. */
  needed: string[];
  myRating: { rating: RealismRating; needed: string } | null;
}
