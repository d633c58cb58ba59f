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
