import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { AuditService } from "../modules/audit/audit.service.ts";

/**
 * The audit log: every mutating API request whose caller is known gets one row in
 * `audit_events` (who, which workspace, method, route pattern, the id it was about, status),
 * written in onSend — awaited, so a client that saw the response can find the entry.
 * What is and is not recorded, and why: docs/decisions/009-audit-log.md.
 */

const mutating = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/**
 * Recorded even without a known caller: a failed login is what a security officer looks for, and
 * a deleted account is recorded without the user it no longer has.
 */
const alwaysRecorded = new Set(["POST /api/v1/auth/login", "DELETE /api/v1/account"]);
/** Never recorded: anonymous session participants (decision 008 keeps them unidentifiable). */
export const notRecorded = new Set(["POST /api/v1/live/join"]);
/** Path parameters that are secrets or the workspace itself, never a target id. */
const notTargets = new Set(["slug", "token"]);
const maxParsedPayload = 64 * 1024;

/** What a handler knows better than the request: the account it logged in or created, the
 * workspace it created or joined. */
export interface AuditNote {
  /** null: the caller's account is gone (deleted by this request). */
  userId?: string | null;
  workspaceId?: string;
}

declare module "fastify" {
  interface FastifyRequest {
    auditNote: AuditNote | null;
  }
}

/** Lets a handler name the user or workspace of its audit entry (login, new workspace, invite). */
export function noteForAudit(request: FastifyRequest, note: AuditNote) {
  request.auditNote = { ...request.auditNote, ...note };
}

/** The last id in the path (`/items/:itemId/archive` → itemId), secrets and the slug excepted. */
function pathTarget(params: unknown): string | null {
  if (!params || typeof params !== "object") return null;
  const values = Object.entries(params as Record<string, unknown>).filter(
    ([name, value]) => !notTargets.has(name) && typeof value === "string",
  );
  const last = values.at(-1)?.[1] as string | undefined;
  return last ? last.slice(0, 200) : null;
}

/** The id of what a 201 created, when its JSON names one (`{id}` or `{item: {id}}`). */
function createdId(payload: unknown): string | null {
  if (typeof payload !== "string" || payload.length > maxParsedPayload) return null;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!body || typeof body !== "object") return null;
  const id = (body as { id?: unknown }).id;
  if (typeof id === "string") return id.slice(0, 200);
  for (const value of Object.values(body)) {
    const nested = value && typeof value === "object" ? (value as { id?: unknown }).id : undefined;
    if (typeof nested === "string") return nested.slice(0, 200);
  }
  return null;
}

export const auditPlugin = fp(
  async (app: FastifyInstance, opts: { audit: AuditService }) => {
    app.decorateRequest("auditNote", null);

    app.addHook("onSend", async (request, reply, payload) => {
      if (!mutating.has(request.method)) return payload;
      const route = request.routeOptions.url;
      if (!route || request.is404) return payload;
      const signature = `${request.method} ${route}`;
      if (notRecorded.has(signature)) return payload;
      const note = request.auditNote ?? {};
      const userId = note.userId !== undefined ? note.userId : (request.user?.id ?? null);
      if (!userId && !alwaysRecorded.has(signature)) return payload;
      const status = reply.statusCode;
      try {
        let workspaceId = note.workspaceId ?? request.workspace?.id ?? null;
        const slug = (request.params as { slug?: unknown } | undefined)?.slug;
        // Refused by the policy for too low a role: still this workspace's business.
        if (!workspaceId && status === 403 && userId && typeof slug === "string") {
          workspaceId = await opts.audit.memberWorkspaceId(slug, userId);
        }
        const targetId = pathTarget(request.params) ?? (status === 201 ? createdId(payload) : null);
        await opts.audit.record({
          workspaceId,
          userId,
          method: request.method,
          route,
          targetId,
          status,
        });
      } catch (error) {
        // The change itself is done; failing its response would make the client retry it.
        request.log.error({ err: error, route }, "audit entry not written");
      }
      return payload;
    });
  },
  { name: "audit" },
);
