import { useTranslation } from "react-i18next";

/** The locale for numbers, money and dates: Dutch (nl-NL) or British English (en-GB). */
export function useLocale(): "nl-NL" | "en-GB" {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith("en") ? "en-GB" : "nl-NL";
}

/** A calendar date (yyyy-mm-dd) as a Date at midnight UTC, so no time zone shifts the day. */
function utcDate(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Formatters in the interface language. */
export function useFormat() {
  const locale = useLocale();
  const euroFormat = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const shortDateFormat = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
  });
  return {
    locale,
    /** Whole euros: "€ 12.500" (nl) or "€12,500" (en). */
    euro: (value: number) => euroFormat.format(value),
    number: (value: number) => numberFormat.format(value),
    /** yyyy-mm-dd in words: "3 maart 2026". */
    date: (isoDate: string) => dateFormat.format(utcDate(isoDate)),
    shortDate: (isoDate: string) => shortDateFormat.format(utcDate(isoDate)),
    /** yyyy-mm as "maart 2026". */
    month: (yearMonth: string) => monthFormat.format(utcDate(`${yearMonth}-01`)),
    /** An ISO timestamp in local time. */
    dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
  };
}
