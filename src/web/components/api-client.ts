import type { ProblemBody } from "../../domain/errors.ts";
import { currentLanguage } from "../i18n/i18n.ts";

/** A failed API call, carrying the server's problem+json body. */
export class ApiError extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail);
  }
}

/** A network failure: the server could not be reached at all. */
export class NetworkError extends Error {}

export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? "GET",
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        "accept-language": currentLanguage(),
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new NetworkError("network");
  }
  if (response.status === 204) return undefined as T;
  const isJson = /json/.test(response.headers.get("content-type") ?? "");
  const body = isJson ? await response.json() : undefined;
  if (!response.ok) {
    throw new ApiError(
      body?.code
        ? (body as ProblemBody)
        : { type: "about:blank", title: "", status: response.status, detail: "", code: "internal" },
    );
  }
  return body as T;
}
