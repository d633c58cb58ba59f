import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Item, ItemPage } from "../../../domain/items.schemas.ts";
import type { Sphere } from "../../../domain/spheres.ts";
import type { RoleKey } from "../../../domain/strengthening/index.ts";
import { api } from "../../components/api-client.ts";

export type Column = Sphere | "unplaced";
const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

/** The items of one column of the board (at most 200; the count says how many there are). */
export function useColumnItems(slug: string, column: Column, filters: URLSearchParams) {
  const params = new URLSearchParams(filters);
  params.set("sphere", column);
  params.set("pageSize", "200");
  const query = params.toString();
  return useQuery({
    queryKey: ["items", slug, "board", query],
    queryFn: () => api<ItemPage>(`${base(slug)}/items?${query}`),
  });
}

export function useMoveItem(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, to }: { item: Item; to: Column }) =>
      api<Item>(`${base(slug)}/items/${item.id}/sphere`, {
        method: "PUT",
        body: { sphere: to === "unplaced" ? null : to },
      }),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: ["items", slug] });
      queryClient.invalidateQueries({ queryKey: ["item", slug] });
    },
  });
}

/** The municipality's roles per sphere (chosen on the Versterken page), shown on the board. */
export function useSphereRoles(slug: string) {
  return useQuery({
    queryKey: ["sphere-roles", slug],
    queryFn: async () =>
      (
        await api<{
          spheres: { sphere: Sphere; roles: RoleKey[]; explanation: string; isDefault: boolean }[];
        }>(`${base(slug)}/roles`)
      ).spheres,
  });
}
