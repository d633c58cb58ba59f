import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { User } from "../../domain/auth.schemas.ts";
import { ApiError, api } from "./api-client.ts";

export const sessionKey = ["session"] as const;

/** The logged-in user; null when not logged in. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<User | null> => {
      try {
        return (await api<{ user: User }>("/auth/me")).user;
      } catch (error) {
        if (error instanceof ApiError && error.problem.status === 401) return null;
        throw error;
      }
    },
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
