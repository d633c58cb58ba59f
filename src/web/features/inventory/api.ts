import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Item,
  ItemChange,
  ItemInput,
  ItemPage,
  ItemPatch,
} from "../../../domain/items.schemas.ts";
import { api } from "../../components/api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

export function useItemPage(slug: string, search: URLSearchParams) {
  const query = search.toString();
  return useQuery({
    queryKey: ["items", slug, query],
    queryFn: () => api<ItemPage>(`${base(slug)}/items?${query}`),
    placeholderData: keepPreviousData,
  });
}

/** An item; nothing is asked while `itemId` is undefined (a new item's form). */
export function useItem(slug: string, itemId: string | undefined) {
  return useQuery({
    queryKey: ["item", slug, itemId],
    queryFn: () => api<Item>(`${base(slug)}/items/${itemId}`),
    enabled: Boolean(slug && itemId),
  });
}

export function useItemHistory(slug: string, itemId: string) {
  return useQuery({
    queryKey: ["item-history", slug, itemId],
    queryFn: async () =>
      (await api<{ changes: ItemChange[] }>(`${base(slug)}/items/${itemId}/history`)).changes,
  });
}

export function useItemActions(slug: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    for (const key of ["items", "item", "item-history", "themes", "workspace", "sphere-counts"]) {
      queryClient.invalidateQueries({ queryKey: [key, slug] });
    }
  };
  return {
    create: useMutation({
      mutationFn: (input: ItemInput) =>
        api<Item>(`${base(slug)}/items`, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: ItemPatch }) =>
        api<Item>(`${base(slug)}/items/${id}`, { method: "PATCH", body: patch }),
      onSuccess: refresh,
    }),
    archive: useMutation({
      mutationFn: (id: string) =>
        api<Item>(`${base(slug)}/items/${id}/archive`, { method: "POST" }),
      onSuccess: refresh,
    }),
    restore: useMutation({
      mutationFn: (id: string) =>
        api<Item>(`${base(slug)}/items/${id}/restore`, { method: "POST" }),
      onSuccess: refresh,
    }),
  };
}
