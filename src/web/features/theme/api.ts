import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Theme } from "../../../domain/theme/index.ts";
import { api } from "../../components/api-client.ts";
import { workspaceThemeKey } from "../../components/theme.tsx";

export function useSaveTheme(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (theme: Theme) =>
      api<{ theme: Theme }>(`/workspaces/${encodeURIComponent(slug)}/theme`, {
        method: "PUT",
        body: theme,
      }).then((r) => r.theme),
    onSuccess: (theme) => queryClient.setQueryData(workspaceThemeKey(slug), theme),
  });
}
