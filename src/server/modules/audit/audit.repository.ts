import { and, asc, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { auditEvents, memberships, users, workspaces } from "../../db/schema.ts";

export interface AuditEntry {
  workspaceId: string | null;
  userId: string | null;
  method: string;
  route: string;
  targetId: string | null;
  status: number;
}

export interface AuditFilter {
  workspaceId: string;
  limit: number;
  cursor?: string;
  userId?: string;
  routes?: string[];
}

export function createAuditRepository(db: Database) {
  return {
    async insert(entry: AuditEntry) {
      await db.insert(auditEvents).values(entry);
    },

    /** The workspace `slug` names if `userId` is a member of it (for a refused request). */
    async memberWorkspaceId(slug: string, userId: string) {
      const [row] = await db
        .select({ id: workspaces.id })
        .from(workspaces)
        .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
        .where(and(eq(workspaces.slug, slug), eq(memberships.userId, userId)));
      return row?.id ?? null;
    },

    /** One page, newest first; `limit + 1` rows so the caller knows whether more follow. */
    page({ workspaceId, limit, cursor, userId, routes }: AuditFilter) {
      const conditions: SQL[] = [eq(auditEvents.workspaceId, workspaceId)];
      if (userId) conditions.push(eq(auditEvents.userId, userId));
      if (routes) conditions.push(inArray(auditEvents.route, routes));
      if (cursor) {
        // Keyset on (created_at, id): the cursor's own row gives the exact position, at the
        // database's precision (microseconds), which a timestamp passed through JS would lose.
        conditions.push(
          sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (select c.created_at, c.id from audit_events c where c.id = ${cursor} and c.workspace_id = ${workspaceId})`,
        );
      }
      return db
        .select({
          id: auditEvents.id,
          createdAt: auditEvents.createdAt,
          method: auditEvents.method,
          route: auditEvents.route,
          targetId: auditEvents.targetId,
          status: auditEvents.status,
          userId: users.id,
          displayName: users.displayName,
        })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.userId))
        .where(and(...conditions))
        .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
        .limit(limit + 1);
    },

    /** Everyone with an account who appears in a workspace's log. */
    people(workspaceId: string) {
      return db
        .selectDistinct({ id: users.id, displayName: users.displayName })
        .from(auditEvents)
        .innerJoin(users, eq(users.id, auditEvents.userId))
        .where(and(eq(auditEvents.workspaceId, workspaceId), isNotNull(auditEvents.userId)))
        .orderBy(asc(users.displayName), asc(users.id));
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
