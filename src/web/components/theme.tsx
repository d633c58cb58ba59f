import { useQuery } from "@tanstack/react-query";
import type { CSSProperties } from "react";
import { type Theme, themeCustomProperties } from "../../domain/theme/index.ts";
import { api } from "./api-client.ts";

export function workspaceThemeKey(slug: string) {
  return ["workspace-theme", slug] as const;
}

/** The theme of the workspace `slug` (none while loading, for a non-member or with no slug). */
export function useWorkspaceTheme(slug: string | undefined) {
  return useQuery({
    queryKey: workspaceThemeKey(slug ?? ""),
    queryFn: () =>
      api<{ theme: Theme }>(`/workspaces/${encodeURIComponent(slug ?? "")}/theme`).then(
        (r) => r.theme,
      ),
    enabled: Boolean(slug),
    staleTime: 60_000,
  });
}

/**
 * The inline style that applies a theme: only the whitelisted `--sb-color-*` properties with
 * `#rrggbb` values (checked again here, whatever the server sent). Put it on an element with the
 * class `sb-theme`, which maps these onto the NL Design System tokens.
 */
export function themeStyle(theme: Theme | null | undefined): CSSProperties | undefined {
  const properties = themeCustomProperties(theme);
  return Object.keys(properties).length > 0 ? (properties as CSSProperties) : undefined;
}

/** The municipality's logo, with its name as the text alternative. */
export function ThemeLogo({ theme, name }: { theme: Theme | null | undefined; name: string }) {
  const logo = theme?.logo;
  if (!logo || !/^data:image\/(png|jpeg|webp);base64,/.test(logo)) return null;
  return <img className="sb-header__logo" src={logo} alt={name} />;
}
