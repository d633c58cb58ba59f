import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ChangePasswordInput,
  UpdateProfileInput,
  User,
} from "../../../domain/auth.schemas.ts";
import type { DeletionPreview } from "../../../domain/privacy.schemas.ts";
import { api } from "../../components/api-client.ts";
import { sessionKey } from "../../components/session.ts";

/** Where "download my data" points: a plain link, so the browser saves the file itself. */
export const accountDataUrl = "/api/v1/account/data";

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateProfileInput) =>
      api<{ user: User }>("/account", { method: "PATCH", body: changes }),
    onSuccess: ({ user }) => queryClient.setQueryData(sessionKey, user),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      api<void>("/account/password", { method: "PUT", body: input }),
  });
}

export function useDeletionPreview() {
  return useQuery({
    queryKey: ["account-deletion"],
    queryFn: () => api<DeletionPreview>("/account/deletion"),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      api<void>("/account", { method: "DELETE", body: { password } }),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
