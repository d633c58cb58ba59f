import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import {
  catalogues,
  defaultLanguage,
  type Language,
  languages,
  negotiateLanguage,
} from "../../domain/i18n/index.ts";

const storageKey = "sociale-basis.language";

function storedLanguage(): Language | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return (languages as readonly string[]).includes(value ?? "") ? (value as Language) : undefined;
  } catch {
    return undefined;
  }
}

/** The saved choice, or the browser's language the first time. */
export function initialLanguage(): Language {
  return storedLanguage() ?? negotiateLanguage(navigator.languages ?? [navigator.language]);
}

export function currentLanguage(): Language {
  const lang = i18next.language;
  return (languages as readonly string[]).includes(lang) ? (lang as Language) : defaultLanguage;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  await i18next.changeLanguage(language);
}

i18next.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      languages.map((lang) => [lang, { translation: catalogues[lang] }]),
    ),
    lng: initialLanguage(),
    fallbackLng: defaultLanguage,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}
