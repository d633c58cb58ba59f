import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import type { WorkspaceOverview } from "../../domain/workspaces.schemas.ts";
import { api } from "./api-client.ts";

export function workspaceKey(slug: string) {
  return ["workspace", slug] as const;
}

/** The workspace named in the URL (`/w/:slug`), with the user's role in it. */
export function useCurrentWorkspace() {
  const slug = useParams().slug ?? "";
  return useQuery({
    queryKey: workspaceKey(slug),
    queryFn: () => api<WorkspaceOverview>(`/workspaces/${encodeURIComponent(slug)}`),
  });
}
