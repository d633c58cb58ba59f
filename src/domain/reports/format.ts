import { catalogues, interpolate, type Language } from "../i18n/index.ts";

/** Looks up a catalogue text by dotted key and fills its {{placeholders}}. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A `Translate` over the catalogue of `language` (the server's; the browser uses i18next). Like
 * i18next, a numeric `count` first tries the plural form `<key>_one` / `<key>_other`, then `key`.
 */
export function translator(language: Language): Translate {
  const catalogue = catalogues[language] as unknown as Record<string, unknown>;
  const plurals = new Intl.PluralRules(language);
  const lookup = (key: string) =>
    key
      .split(".")
      .reduce<unknown>(
        (node, part) =>
          node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined,
        catalogue,
      );
  return (key, values) => {
    const count = values?.count;
    const plural = typeof count === "number" ? lookup(`${key}_${plurals.select(count)}`) : null;
    const text = typeof plural === "string" ? plural : lookup(key);
    return typeof text === "string" ? interpolate(text, values) : key;
  };
}

/** A calendar date (yyyy-mm-dd) as midnight UTC, so no time zone shifts the day. */
function utcDate(isoDate: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Numbers, money, percentages and dates in the report's language (nl-NL or en-GB). */
export function reportFormat(language: Language) {
  const locale = language === "en" ? "en-GB" : "nl-NL";
  const euro = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const shortDate = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const month = new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const moment = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  });
  return {
    locale,
    euro: (value: number) => euro.format(value),
    number: (value: number) => number.format(value),
    /** 0..1 as "54%". */
    percent: (value: number) => percent.format(value),
    /** yyyy-mm-dd as "3 maart 2026". */
    date: (isoDate: string) => date.format(utcDate(isoDate)),
    shortDate: (isoDate: string) => shortDate.format(utcDate(isoDate)),
    /** yyyy-mm as "maart 2026". */
    month: (yearMonth: string) => month.format(utcDate(`${yearMonth}-01`)),
    /** A timestamp as the day it was in the Netherlands. */
    day: (iso: string) => moment.format(new Date(iso)),
  };
}
export type ReportFormatter = ReturnType<typeof reportFormat>;
