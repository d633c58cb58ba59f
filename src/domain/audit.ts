import { z } from "zod";

/**
 * The audit log's vocabulary: which kind of change each mutating route is, and the key of its
 * readable label (`audit.actions.<key>` in the catalogues). A route missing here is still logged
 * and shown as "METHOD pattern"; the audit route test fails until it is added.
 */
export const auditKinds = [
  "account",
  "workspace",
  "members",
  "inventory",
  "delimitation",
  "expectations",
  "sessions",
  "strengthening",
] as const;
export type AuditKind = (typeof auditKinds)[number];

const w = "/api/v1/workspaces/:slug";

/** `METHOD pattern` → the action's label key and kind. */
export const auditActions: Record<string, { key: string; kind: AuditKind }> = {
  "POST /api/v1/auth/login": { key: "login", kind: "account" },
  "POST /api/v1/auth/logout": { key: "logout", kind: "account" },
  "PATCH /api/v1/account": { key: "accountUpdate", kind: "account" },
  "PUT /api/v1/account/password": { key: "passwordChange", kind: "account" },
  "DELETE /api/v1/account": { key: "accountDelete", kind: "account" },
  "POST /api/v1/workspaces": { key: "workspaceCreate", kind: "workspace" },
  "POST /api/v1/invites/:token/accept": { key: "inviteAccept", kind: "members" },
  [`PATCH ${w}/members/:userId`]: { key: "memberRole", kind: "members" },
  [`DELETE ${w}/members/:userId`]: { key: "memberRemove", kind: "members" },
  [`DELETE ${w}/membership`]: { key: "membershipLeave", kind: "members" },
  [`PUT ${w}/membership/group`]: { key: "membershipGroup", kind: "members" },
  [`POST ${w}/invites`]: { key: "inviteCreate", kind: "members" },
  [`DELETE ${w}/invites/:inviteId`]: { key: "inviteRevoke", kind: "members" },
  [`POST ${w}/items`]: { key: "itemCreate", kind: "inventory" },
  [`PATCH ${w}/items/:itemId`]: { key: "itemUpdate", kind: "inventory" },
  [`PUT ${w}/items/:itemId/sphere`]: { key: "itemSphere", kind: "inventory" },
  [`POST ${w}/items/:itemId/archive`]: { key: "itemArchive", kind: "inventory" },
  [`POST ${w}/items/:itemId/restore`]: { key: "itemRestore", kind: "inventory" },
  [`POST ${w}/areas`]: { key: "areaCreate", kind: "inventory" },
  [`PUT ${w}/areas/:areaId`]: { key: "areaUpdate", kind: "inventory" },
  [`DELETE ${w}/areas/:areaId`]: { key: "areaDelete", kind: "inventory" },
  [`POST ${w}/imports/preview`]: { key: "importPreview", kind: "inventory" },
  [`POST ${w}/imports`]: { key: "importRun", kind: "inventory" },
  [`POST ${w}/criteria`]: { key: "criterionCreate", kind: "delimitation" },
  [`PATCH ${w}/criteria/:criterionId`]: { key: "criterionUpdate", kind: "delimitation" },
  [`PUT ${w}/items/:itemId/my-score`]: { key: "scoreGive", kind: "delimitation" },
  [`POST ${w}/items/:itemId/decisions`]: { key: "decisionTake", kind: "delimitation" },
  [`PUT ${w}/thresholds`]: { key: "thresholdsSet", kind: "delimitation" },
  [`POST ${w}/stakeholder-groups`]: { key: "groupCreate", kind: "delimitation" },
  [`PATCH ${w}/stakeholder-groups/:groupId`]: { key: "groupRename", kind: "delimitation" },
  [`DELETE ${w}/stakeholder-groups/:groupId`]: { key: "groupDelete", kind: "delimitation" },
  [`POST ${w}/expectations`]: { key: "expectationCreate", kind: "expectations" },
  [`PATCH ${w}/expectations/:expectationId`]: { key: "expectationUpdate", kind: "expectations" },
  [`DELETE ${w}/expectations/:expectationId`]: { key: "expectationDelete", kind: "expectations" },
  [`PUT ${w}/expectations/:expectationId/my-rating`]: { key: "ratingGive", kind: "expectations" },
  [`POST ${w}/sessions`]: { key: "sessionCreate", kind: "sessions" },
  [`PATCH ${w}/sessions/:sessionId`]: { key: "sessionUpdate", kind: "sessions" },
  [`DELETE ${w}/sessions/:sessionId`]: { key: "sessionDelete", kind: "sessions" },
  [`PUT ${w}/session-retention`]: { key: "retentionSet", kind: "sessions" },
  [`PUT ${w}/theme`]: { key: "themeSet", kind: "workspace" },
  [`POST ${w}/sessions/:sessionId/control`]: { key: "sessionControl", kind: "sessions" },
  [`PATCH ${w}/sessions/:sessionId/open-answers/:answerId`]: {
    key: "answerModerate",
    kind: "sessions",
  },
  "POST /api/v1/live/join": { key: "sessionJoin", kind: "sessions" },
  [`PUT ${w}/roles/:sphere`]: { key: "rolesSet", kind: "strengthening" },
  [`POST ${w}/actions`]: { key: "actionCreate", kind: "strengthening" },
  [`PUT ${w}/actions/:id`]: { key: "actionUpdate", kind: "strengthening" },
  [`DELETE ${w}/actions/:id`]: { key: "actionDelete", kind: "strengthening" },
  [`POST ${w}/indicators`]: { key: "indicatorCreate", kind: "strengthening" },
  [`PATCH ${w}/indicators/:id`]: { key: "indicatorUpdate", kind: "strengthening" },
  [`DELETE ${w}/indicators/:id`]: { key: "indicatorDelete", kind: "strengthening" },
  [`POST ${w}/indicators/:id/measurements`]: { key: "measurementAdd", kind: "strengthening" },
  [`DELETE ${w}/indicators/:id/measurements/:measurementId`]: {
    key: "measurementDelete",
    kind: "strengthening",
  },
  [`POST ${w}/snapshots`]: { key: "snapshotCreate", kind: "strengthening" },
  [`DELETE ${w}/snapshots/:id`]: { key: "snapshotDelete", kind: "strengthening" },
};

/** The catalogue entry of one request, or undefined for a route not (yet) in it. */
export function auditAction(method: string, route: string) {
  return auditActions[`${method} ${route}`];
}

/** The route patterns of one kind, for filtering the log. */
export function auditRoutesOfKind(kind: AuditKind): string[] {
  return [
    ...new Set(
      Object.entries(auditActions)
        .filter(([, action]) => action.kind === kind)
        .map(([signature]) => signature.slice(signature.indexOf(" ") + 1)),
    ),
  ];
}

export const auditPageLimits = { default: 50, max: 200 } as const;

/** Query of GET /workspaces/:slug/audit: only these keys, only these values. */
export const auditQuerySchema = z.strictObject({
  /** The id of the last event of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(auditPageLimits.max).default(auditPageLimits.default),
  userId: z.uuid().optional(),
  kind: z.enum(auditKinds).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  method: z.string(),
  route: z.string(),
  targetId: z.string().nullable(),
  status: z.number().int(),
  /** Null when the account was deleted since. */
  user: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.uuid().nullable(),
  /** Everyone with an account who appears in this workspace's log, for the filter. */
  people: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
