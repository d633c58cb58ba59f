import { useInfiniteQuery } from "@tanstack/react-query";
import type { AuditKind, AuditPage } from "../../../domain/audit.ts";
import { api } from "../../components/api-client.ts";

export interface AuditFilter {
  userId?: string;
  kind?: AuditKind;
}

/** The workspace's audit log, page by page (newest first). */
export function useAuditLog(slug: string, filter: AuditFilter, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ["audit", slug, filter],
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams();
      if (pageParam) query.set("cursor", pageParam);
      if (filter.userId) query.set("userId", filter.userId);
      if (filter.kind) query.set("kind", filter.kind);
      const suffix = query.size > 0 ? `?${query}` : "";
      return api<AuditPage>(`/workspaces/${encodeURIComponent(slug)}/audit${suffix}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
}
