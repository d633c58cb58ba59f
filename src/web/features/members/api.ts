import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { WorkspaceRole } from "../../../domain/roles.ts";
import type { CreateInviteInput, Invite, Member } from "../../../domain/workspaces.schemas.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

export function useMembers(slug: string) {
  return useQuery({
    queryKey: ["members", slug],
    queryFn: async () => (await api<{ members: Member[] }>(`${base(slug)}/members`)).members,
  });
}

export function useInvites(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ["invites", slug],
    enabled,
    queryFn: async () => (await api<{ invites: Invite[] }>(`${base(slug)}/invites`)).invites,
  });
}

export function useMemberActions(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: ["members", slug] });
    queryClient.invalidateQueries({ queryKey: ["invites", slug] });
    queryClient.invalidateQueries({ queryKey: ["workspace", slug] });
  };
  return {
    changeRole: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: WorkspaceRole }) =>
        api<void>(`${base(slug)}/members/${userId}`, { method: "PATCH", body: { role } }),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (userId: string) =>
        api<void>(`${base(slug)}/members/${userId}`, { method: "DELETE" }),
      onSettled: refresh,
    }),
    leave: useMutation({
      mutationFn: () => api<void>(`${base(slug)}/membership`, { method: "DELETE" }),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ["workspaces"] }),
    }),
    createInvite: useMutation({
      mutationFn: (input: CreateInviteInput) =>
        api<{ invite: Invite; url: string }>(`${base(slug)}/invites`, {
          method: "POST",
          body: input,
        }),
      onSuccess: refresh,
    }),
    revokeInvite: useMutation({
      mutationFn: (inviteId: string) =>
        api<void>(`${base(slug)}/invites/${inviteId}`, { method: "DELETE" }),
      onSettled: refresh,
    }),
  };
}
