/** Default stakeholder groups a scorer can belong to; a workspace may edit its list. */
export const defaultStakeholderGroups = [
  "municipality",
  "welfare",
  "residents",
  "housing",
  "care",
  "education",
  "sport_culture",
  "other",
] as const;
export type DefaultStakeholderGroup = (typeof defaultStakeholderGroups)[number];
