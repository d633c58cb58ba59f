/** The two sets of criteria from the talk: what it contributes to, and its characteristics. */
export const criterionSets = ["contributes", "characteristic"] as const;
export type CriterionSet = (typeof criterionSets)[number];

export interface DefaultCriterion {
  key: string;
  set: CriterionSet;
}

/** The default criteria ("iets is eerder sociale basis als…"); texts live in the catalogues. */
export const defaultCriteria: readonly DefaultCriterion[] = [
  { key: "C1", set: "contributes" },
  { key: "C2", set: "contributes" },
  { key: "C3", set: "contributes" },
  { key: "C4", set: "contributes" },
  { key: "A", set: "characteristic" },
  { key: "B", set: "characteristic" },
  { key: "C", set: "characteristic" },
  { key: "D", set: "characteristic" },
  { key: "E", set: "characteristic" },
  { key: "F", set: "characteristic" },
];
