import { useTranslation } from "react-i18next";
import { reportFormat } from "../../../domain/reports/format.ts";

/** The locale for numbers, money and dates: Dutch (nl-NL) or British English (en-GB). */
export function useLocale(): "nl-NL" | "en-GB" {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith("en") ? "en-GB" : "nl-NL";
}

/** The reports' formatters (money, numbers, dates) in the interface language, plus a moment in time. */
export function useFormat() {
  const locale = useLocale();
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  return {
    ...reportFormat(locale === "en-GB" ? "en" : "nl"),
    /** An ISO timestamp in local time. */
    dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
  };
}
