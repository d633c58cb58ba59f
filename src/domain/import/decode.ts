export type TextEncodingName = "utf-8" | "windows-1252";

/**
 * Code points of bytes 0x80–0x9F in windows-1252 (WHATWG Encoding Standard). The other bytes map
 * to the code point with the same number. Kept here because Node 20's TextDecoder decodes
 * "windows-1252" as Latin-1 and turns € or a curly apostrophe into invisible control characters.
 */
const highBytes = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes bytes as windows-1252, the encoding Excel uses for "CSV (gescheiden door lijstscheidingsteken)". */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
      b >= 0x80 && b <= 0x9f ? highBytes[b - 0x80]! : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/**
 * Decodes an uploaded text file: UTF-8 (with or without byte order mark) when the bytes are valid
 * UTF-8, otherwise windows-1252.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
}
