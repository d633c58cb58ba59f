/** Built-in themes every workspace can use; workspaces may add their own. */
export const builtInThemes = [
  "youth",
  "elderly",
  "money_worries",
  "health",
  "safety",
  "loneliness",
  "informal_care",
  "participation",
  "meeting",
  "housing",
] as const;
export type BuiltInTheme = (typeof builtInThemes)[number];
