import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateWorkspaceInput, WorkspaceSummary } from "../../../domain/workspaces.schemas.ts";
import { api } from "../../components/api-client.ts";

export function useWorkspaces() {
  return useQuery({
    queryKey: ["workspaces"],
    queryFn: async () => (await api<{ workspaces: WorkspaceSummary[] }>("/workspaces")).workspaces,
  });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWorkspaceInput) =>
      api<{ workspace: WorkspaceSummary }>("/workspaces", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["workspaces"] }),
  });
}
