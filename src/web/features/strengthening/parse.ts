/**
 * Whole euros from what someone typed: digits, optionally with the language's thousands
 * separator, a euro sign or spaces. Empty gives null; anything else (decimals, letters) undefined.
 */
export function parseEuros(raw: string, locale: "nl-NL" | "en-GB"): number | null | undefined {
  const thousands = locale === "nl-NL" ? "." : ",";
  const cleaned = raw.replace(/[€\s\u00a0]/g, "");
  if (cleaned === "") return null;
  if (/^\d+$/.test(cleaned)) return Number(cleaned);
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`);
  if (grouped.test(cleaned)) return Number(cleaned.split(thousands).join(""));
  return undefined;
}

/** A number from what someone typed, with a decimal comma (nl) or point (en); undefined if none. */
export function parseDecimal(raw: string, locale: "nl-NL" | "en-GB"): number | undefined {
  let text = raw.trim().replace(/[\s\u00a0]/g, "");
  if (!text) return undefined;
  if (locale === "nl-NL") {
    // "1.234,5", "12,5" and "1.250" as written in Dutch; "12.5" is read as a decimal too.
    if (text.includes(",")) text = text.replace(/\./g, "").replace(",", ".");
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, "");
  } else {
    text = text.replace(/,/g, "");
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
