/**
 * A workspace's theme: a small whitelist of colour tokens and a logo. Anything else is refused,
 * so a theme can change how the app looks but cannot inject CSS or script.
 */
export const themeColorKeys = [
  "primary",
  "primaryText",
  "link",
  "focus",
  "headerBackground",
  "headerText",
] as const;
export type ThemeColorKey = (typeof themeColorKeys)[number];

/** `#rrggbb` only: no names, no `var()`, no `;` — nothing a style property could be abused with. */
export const hexColorPattern = /^#[0-9a-fA-F]{6}$/;

/** The default theme: the colours the app has without one (NL Design System, Utrecht blue). */
export const defaultThemeColors: Record<ThemeColorKey, string> = {
  primary: "#24578f",
  primaryText: "#ffffff",
  link: "#24578f",
  focus: "#173a60",
  headerBackground: "#24578f",
  headerText: "#ffffff",
};

/** The page background the theme's colours are checked against; a theme cannot change it. */
export const pageBackground = "#ffffff";

export const logoMimeTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoMimeType = (typeof logoMimeTypes)[number];

/** The largest logo, in bytes of the image itself (its data URL is about a third longer). */
export const logoMaxBytes = 100 * 1024;

const logoPrefix = /^data:(image\/(?:png|jpeg|webp));base64,/;
const base64Body = /^[A-Za-z0-9+/]*={0,2}$/;

/** The image type a data URL's bytes really are (by their signature), or null. */
export function sniffImage(bytes: Uint8Array): LogoMimeType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (
    starts(0x52, 0x49, 0x46, 0x46) &&
    bytes[8] === 0x57 &&
    bytes[9] === 0x45 &&
    bytes[10] === 0x42 &&
    bytes[11] === 0x50
  ) {
    return "image/webp";
  }
  return null;
}

export type LogoProblem = "logo_format" | "logo_too_large" | "logo_mismatch";

/**
 * Checks a logo data URL: PNG, JPEG or WebP (never SVG, which can carry script), base64, at most
 * `logoMaxBytes`, and the bytes must really be the type the URL claims.
 */
export function checkLogo(dataUrl: string): LogoProblem | null {
  const prefix = logoPrefix.exec(dataUrl);
  if (!prefix) return "logo_format";
  const body = dataUrl.slice(prefix[0].length);
  if (body.length === 0 || body.length % 4 !== 0 || !base64Body.test(body)) return "logo_format";
  const padding = body.endsWith("==") ? 2 : body.endsWith("=") ? 1 : 0;
  if ((body.length / 4) * 3 - padding > logoMaxBytes) return "logo_too_large";
  const head = atob(body.slice(0, 16));
  const bytes = Uint8Array.from(head, (c) => c.charCodeAt(0));
  return sniffImage(bytes) === prefix[1] ? null : "logo_mismatch";
}

/** A workspace's theme as stored and sent: colours the theme sets, and its logo. */
export interface Theme {
  colors: Partial<Record<ThemeColorKey, string>>;
  logo: string | null;
}

export const defaultTheme: Theme = { colors: {}, logo: null };

/** Every colour of a theme, the default where the theme leaves one out. */
export function resolveColors(theme: Theme | null | undefined): Record<ThemeColorKey, string> {
  return { ...defaultThemeColors, ...(theme?.colors ?? {}) };
}

/** The CSS custom properties (`--sb-color-*`) a theme sets; only whitelisted, validated values. */
export function themeCustomProperties(theme: Theme | null | undefined): Record<string, string> {
  const properties: Record<string, string> = {};
  const cssName: Record<ThemeColorKey, string> = {
    primary: "--sb-color-primary",
    primaryText: "--sb-color-primary-text",
    link: "--sb-color-link",
    focus: "--sb-color-focus",
    headerBackground: "--sb-color-header-background",
    headerText: "--sb-color-header-text",
  };
  for (const key of themeColorKeys) {
    const value = theme?.colors[key];
    if (value && hexColorPattern.test(value)) properties[cssName[key]] = value;
  }
  // The footer follows the header when a theme sets the header's colours.
  if (properties["--sb-color-header-background"]) {
    properties["--sb-color-footer-background"] = properties["--sb-color-header-background"];
  }
  if (properties["--sb-color-header-text"]) {
    properties["--sb-color-footer-text"] = properties["--sb-color-header-text"];
  }
  return properties;
}
