/** Stable error codes of the API; each has a message in every catalogue. */
export const errorCodes = [
  "validation_failed",
  "malformed_body",
  "unsupported_media_type",
  "payload_too_large",
  "unauthenticated",
  "invalid_credentials",
  "forbidden",
  "cross_site_request",
  "not_found",
  "email_taken",
  "slug_taken",
  "already_member",
  "last_owner",
  "group_in_use",
  "invite_expired",
  "invite_used",
  "session_ended",
  "agenda_locked",
  "too_many_requests",
  "import_invalid",
  "theme_inaccessible",
  "import_unreadable",
  "backup_unreadable",
  "backup_too_new",
  "backup_workspace_exists",
  "wrong_password",
  "account_owns_workspace",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One field-level validation problem. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The problem+json body every API error has (RFC 9457, plus a stable `code`). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
}
