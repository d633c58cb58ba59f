/** What in a text looks like personal data about a resident. */
export type PersonalDataSignal = "phone" | "email" | "address" | "postcode" | "bsn";

const patterns: [PersonalDataSignal, RegExp][] = [
  // Dutch mobile and landline numbers, with or without +31, spaces or dashes.
  ["phone", /(?:\+31|0031|\b0)[\s-]?(?:6|[1-9]\d{1,2})[\s-]?\d{2,4}[\s-]?\d{2,4}[\s-]?\d{0,4}\b/],
  ["email", /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/],
  ["postcode", /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/],
  // A street name ending in a common Dutch street word, followed by a house number.
  [
    "address",
    /\b[A-Za-zÀ-ÿ'-]+(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|dreef|park)\s+\d{1,4}\s?[a-zA-Z]?\b/i,
  ],
  ["bsn", /\b\d{9}\b/],
];

/**
 * Signals that a free text may describe a specific resident (a phone number, an address…).
 * The inventory describes kinds of help, not people; the form warns, it does not refuse.
 */
export function detectPersonalData(text: string): PersonalDataSignal[] {
  return patterns.filter(([, pattern]) => pattern.test(text)).map(([signal]) => signal);
}
