/** Size limits shared by server, browser and CLI. */
export const limits = {
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  displayNameMax: 80,
  workspaceNameMax: 100,
  inviteDaysMin: 1,
  inviteDaysMax: 30,
} as const;

/** Size limits of inventory items. */
export const itemLimits = {
  nameMax: 200,
  descriptionMax: 4000,
  shortTextMax: 300,
  themesMax: 20,
  themeMax: 60,
  areasMax: 50,
  areaNameMax: 100,
} as const;
