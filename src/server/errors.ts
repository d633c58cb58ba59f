import type { ErrorCode, FieldProblem } from "../domain/errors.ts";

/** An error a user can act on. Services throw these; only the HTTP layer renders them. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly extra: { retryAfterSeconds?: number; fields?: FieldProblem[] } = {},
  ) {
    super(code);
  }
}

export const errors = {
  validation: (fields: FieldProblem[]) => new AppError("validation_failed", 400, { fields }),
  malformedBody: () => new AppError("malformed_body", 400),
  malformedRequest: () => new AppError("validation_failed", 400),
  unsupportedMediaType: () => new AppError("unsupported_media_type", 415),
  payloadTooLarge: () => new AppError("payload_too_large", 413),
  unauthenticated: () => new AppError("unauthenticated", 401),
  invalidCredentials: () => new AppError("invalid_credentials", 401),
  forbidden: () => new AppError("forbidden", 403),
  crossSiteRequest: () => new AppError("cross_site_request", 403),
  notFound: () => new AppError("not_found", 404),
  emailTaken: () => new AppError("email_taken", 409),
  slugTaken: () => new AppError("slug_taken", 409),
  alreadyMember: () => new AppError("already_member", 409),
  lastOwner: () => new AppError("last_owner", 409),
  groupInUse: () => new AppError("group_in_use", 409),
  inviteExpired: () => new AppError("invite_expired", 410),
  inviteUsed: () => new AppError("invite_used", 410),
  sessionEnded: () => new AppError("session_ended", 409),
  agendaLocked: () => new AppError("agenda_locked", 409),
  importInvalid: (fields: FieldProblem[]) => new AppError("import_invalid", 422, { fields }),
  importUnreadable: () => new AppError("import_unreadable", 400),
  themeInaccessible: (fields: FieldProblem[]) =>
    new AppError("theme_inaccessible", 422, { fields }),
  backupUnreadable: (fields: FieldProblem[] = []) =>
    new AppError("backup_unreadable", 400, { fields }),
  backupTooNew: (fields: FieldProblem[]) => new AppError("backup_too_new", 400, { fields }),
  backupWorkspaceExists: (fields: FieldProblem[]) =>
    new AppError("backup_workspace_exists", 409, { fields }),
  wrongPassword: () => new AppError("wrong_password", 403),
  accountOwnsWorkspace: (fields: FieldProblem[]) =>
    new AppError("account_owns_workspace", 409, { fields }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new AppError("too_many_requests", 429, { retryAfterSeconds }),
};
