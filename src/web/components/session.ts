import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { User } from "../../domain/auth.schemas.ts";
import { api } from "./api-client.ts";

export const sessionKey = ["session"] as const;

/** The logged-in user; null when not logged in. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => (await api<{ user: User | null }>("/auth/me")).user,
    staleTime: 60_000,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/auth/logout", { method: "POST" }),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
