import { describe, expect, it } from "vitest";
import { decodeText, decodeWindows1252 } from "./decode.ts";

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

describe("decodeText", () => {
  it("decodes Windows-1252 bytes with accents intact", () => {
    // naam;thema\r\nCafé;ontmoeting\r\néén;‘€’\r\n as Excel writes it on a Dutch Windows PC
    const bytes = new Uint8Array([
      ...ascii("naam;thema\r\nCaf"),
      0xe9,
      ...ascii(";ontmoeting\r\n"),
      0xe9,
      0xe9,
      0x6e,
      0x3b,
      0x91,
      0x80,
      0x92,
      ...ascii("\r\n"),
    ]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe("windows-1252");
    expect(text).toBe("naam;thema\r\nCafé;ontmoeting\r\néén;‘€’\r\n");
  });

  it("decodes UTF-8 and drops its byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café;één")]);
    expect(decodeText(bytes)).toEqual({ text: "Café;één", encoding: "utf-8" });
  });

  it("treats plain ASCII as UTF-8", () => {
    expect(decodeText(new Uint8Array(ascii("naam")))).toEqual({ text: "naam", encoding: "utf-8" });
  });

  it("maps every byte of windows-1252 to one character", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text[0x41]).toBe("A");
    expect(text[0x80]).toBe("€");
    expect(text[0x9f]).toBe("Ÿ");
    expect(text[0xeb]).toBe("ë");
  });
});
