import type { CSSProperties } from "react";
import { hexColorPattern, type Theme, type ThemeColorKey } from "../../domain/theme/tokens.ts";

/** Which of the participant page's own colour properties each theme token sets. */
const participantProperty: Record<ThemeColorKey, string> = {
  primary: "--p-brand",
  primaryText: "--p-brand-text",
  link: "--p-brand-dark",
  focus: "--p-focus-outline",
  headerBackground: "--p-header-bg",
  headerText: "--p-header-text",
};

/**
 * The workspace's theme as the participant page's custom properties: only whitelisted tokens,
 * only `#rrggbb` values (checked again here), so nothing else reaches a style.
 */
export function participantThemeStyle(theme: Theme | null | undefined): CSSProperties | undefined {
  const style: Record<string, string> = {};
  for (const [key, property] of Object.entries(participantProperty)) {
    const value = theme?.colors[key as ThemeColorKey];
    if (value && hexColorPattern.test(value)) style[property] = value;
  }
  return Object.keys(style).length > 0 ? (style as CSSProperties) : undefined;
}

/** A logo data URL the page may show (PNG, JPEG or WebP only, as the server checked). */
export function participantLogo(theme: Theme | null | undefined): string | null {
  const logo = theme?.logo;
  return logo && /^data:image\/(png|jpeg|webp);base64,/.test(logo) ? logo : null;
}
