import type { ProblemBody } from "../../domain/errors.ts";
import type { Theme } from "../../domain/theme/tokens.ts";
import { currentLanguage } from "./i18n.ts";
import type { Participation } from "./live-client.ts";

/** A refused request: the server's problem code (and wait time for a 429). */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    readonly retryAfterSeconds = 0,
  ) {
    super(code);
  }
}

async function request<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        accept: "application/json",
        "accept-language": currentLanguage(),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new RequestError("network");
  }
  const json = /json/.test(response.headers.get("content-type") ?? "")
    ? await response.json().catch(() => undefined)
    : undefined;
  if (!response.ok) {
    const problem = json as Partial<ProblemBody> | undefined;
    throw new RequestError(problem?.code ?? "internal", problem?.retryAfterSeconds ?? 0);
  }
  return json as T;
}

export interface JoinableSession {
  id: string;
  title: string;
  status: "planned" | "running" | "ended";
  /** A built-in group may come with its catalogue key and no name of its own. */
  groups: { id: string; name: string | null; key?: string | null }[];
  /** The workspace's theme, and its name (the logo's text alternative). */
  theme: Theme;
  workspaceName: string;
}

export const fetchSession = (code: string) =>
  request<JoinableSession>(`/live/sessions/${encodeURIComponent(code)}`);

export const join = (code: string, groupId: string | null, nickname: string) =>
  request<Participation>("/live/join", { code, groupId, nickname });

/** The participant socket on this page's own host. */
export function liveSocketUrl(): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/v1/live/ws`;
}
