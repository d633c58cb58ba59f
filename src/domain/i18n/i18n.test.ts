import { describe, expect, it } from "vitest";
import { errorCodes } from "../errors.ts";
import { catalogues, interpolate, negotiateLanguage } from "./index.ts";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("catalogues", () => {
  it("English has exactly the Dutch keys, none empty", () => {
    expect(keyPaths(catalogues.en).sort()).toEqual(keyPaths(catalogues.nl).sort());
    for (const catalogue of Object.values(catalogues)) {
      const strings = keyPaths(catalogue).map((path) =>
        path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue),
      );
      expect(strings.every((s) => typeof s === "string" && s.trim().length > 0)).toBe(true);
    }
  });

  it("has a message for every error code in both languages", () => {
    for (const code of errorCodes) {
      expect(catalogues.nl.errors[code]).toBeTruthy();
      expect(catalogues.en.errors[code]).toBeTruthy();
    }
  });
});

describe("negotiateLanguage", () => {
  it("follows the Accept-Language preference and defaults to Dutch", () => {
    expect(negotiateLanguage("en-GB,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(negotiateLanguage("nl-NL,nl;q=0.9,en;q=0.8")).toBe("nl");
    expect(negotiateLanguage("de-DE,en;q=0.5")).toBe("en");
    expect(negotiateLanguage("fr, de")).toBe("nl");
    expect(negotiateLanguage("nl;q=0.2, en;q=0.7")).toBe("en");
    expect(negotiateLanguage(undefined)).toBe("nl");
    expect(negotiateLanguage(["en-US", "nl"])).toBe("en");
  });
});

describe("interpolate", () => {
  it("fills placeholders and leaves unknown ones empty", () => {
    expect(interpolate("Over {{seconds}} seconden", { seconds: 30 })).toBe("Over 30 seconden");
    expect(interpolate("{{a}}-{{b}}", { a: "x" })).toBe("x-");
  });
});
