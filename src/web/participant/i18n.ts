import catalogues from "virtual:participant-catalogues";
import i18next from "i18next";
import { useEffect, useState } from "react";

/**
 * i18next for the participant page, with only the catalogue entries it uses. Not the app's
 * i18n module: that one loads the whole catalogue of both languages. The language choice is the
 * same setting as in the app.
 */
export type Language = "nl" | "en";
const storageKey = "sociale-basis.language";

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === "nl" || stored === "en") return stored;
  } catch {
    // Private mode: fall through to the browser's languages.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "nl" || base === "en") return base;
  }
  return "nl";
}

export async function initI18n(): Promise<void> {
  await i18next.init({
    resources: {
      nl: { translation: catalogues.nl },
      en: { translation: catalogues.en },
    },
    lng: initialLanguage(),
    fallbackLng: "nl",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
}

export function currentLanguage(): Language {
  return i18next.language === "en" ? "en" : "nl";
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // The choice lasts for this visit only.
  }
  await i18next.changeLanguage(language);
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;

const translate: Translate = (key, values) => i18next.t(key, values ?? {}) as string;

/** `t`, and a re-render when the language changes. */
export function useT(): Translate {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const changed = () => setVersion((v) => v + 1);
    i18next.on("languageChanged", changed);
    return () => i18next.off("languageChanged", changed);
  }, []);
  return translate;
}
