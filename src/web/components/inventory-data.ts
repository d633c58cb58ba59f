import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Area } from "../../domain/items.schemas.ts";
import { api } from "./api-client.ts";

const base = (slug: string) => `/workspaces/${encodeURIComponent(slug)}`;

export function useAreas(slug: string) {
  return useQuery({
    queryKey: ["areas", slug],
    queryFn: async () => (await api<{ areas: Area[] }>(`${base(slug)}/areas`)).areas,
  });
}

export function useThemes(slug: string) {
  return useQuery({
    queryKey: ["themes", slug],
    queryFn: () => api<{ builtIn: string[]; own: string[] }>(`${base(slug)}/themes`),
  });
}

/** The label of a theme: built-in ones from the catalogue, a workspace's own as written. */
export function useThemeLabel() {
  const { t, i18n } = useTranslation();
  return (theme: string) =>
    i18n.exists(`model.themes.${theme}`) ? t(`model.themes.${theme}`) : theme;
}
