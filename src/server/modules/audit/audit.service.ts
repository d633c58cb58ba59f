import { type AuditPage, type AuditQuery, auditRoutesOfKind } from "../../../domain/audit.ts";
import type { AuditEntry, AuditRepository } from "./audit.repository.ts";

export function createAuditService(repository: AuditRepository) {
  return {
    record(entry: AuditEntry) {
      return repository.insert(entry);
    },

    memberWorkspaceId(slug: string, userId: string) {
      return repository.memberWorkspaceId(slug, userId);
    },

    async page(workspaceId: string, query: AuditQuery): Promise<AuditPage> {
      const [rows, people] = await Promise.all([
        repository.page({
          workspaceId,
          limit: query.limit,
          cursor: query.cursor,
          userId: query.userId,
          routes: query.kind ? auditRoutesOfKind(query.kind) : undefined,
        }),
        repository.people(workspaceId),
      ]);
      const events = rows.slice(0, query.limit).map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        method: row.method,
        route: row.route,
        targetId: row.targetId,
        status: row.status,
        user: row.userId ? { id: row.userId, displayName: row.displayName ?? "" } : null,
      }));
      return {
        events,
        nextCursor: rows.length > query.limit ? (events.at(-1)?.id ?? null) : null,
        people,
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
