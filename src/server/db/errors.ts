/** A PostgreSQL error code (e.g. 23505, unique violation), also when the query layer wrapped it. */
export function databaseCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; ) {
    if (typeof e.code === "string") return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

export const uniqueViolation = "23505";
