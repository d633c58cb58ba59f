import { en } from "./en.ts";
import { type Catalogue, nl } from "./nl.ts";

export const languages = ["nl", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "nl";

export const catalogues: Record<Language, Catalogue> = { nl, en };
export type { Catalogue };

/** Picks nl or en from an Accept-Language header (or a list of browser languages). */
export function negotiateLanguage(accepted: string | readonly string[] | undefined): Language {
  const ranges =
    typeof accepted === "string"
      ? accepted
          .split(",")
          .map((part) => {
            const [tag = "", ...params] = part.trim().split(";");
            const q = params.find((p) => p.trim().startsWith("q="));
            return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
          })
          .sort((a, b) => b.q - a.q)
          .map((r) => r.tag)
      : (accepted ?? []).map((tag) => tag.toLowerCase());
  for (const tag of ranges) {
    const base = tag.split("-")[0];
    if ((languages as readonly string[]).includes(base ?? "")) return base as Language;
  }
  return defaultLanguage;
}

/** Fills {{name}} placeholders. */
export function interpolate(template: string, values: Record<string, string | number> = {}) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}
