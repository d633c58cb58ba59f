import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues } from "../../domain/i18n/index.ts";
import { participantCatalogueKeys, pickKeys } from "./catalogue-keys.ts";

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalogue,
    );
}

describe("the participant page's catalogue", () => {
  it("keeps only the picked entries, in both languages", () => {
    for (const language of ["nl", "en"] as const) {
      const picked = pickKeys(catalogues[language], participantCatalogueKeys);
      expect(Object.keys(picked).sort()).toEqual(
        [...new Set(participantCatalogueKeys.map((k) => k.split(".")[0]))].sort(),
      );
      expect(lookup(picked, "criteria.C1.label")).toBe(
        lookup(catalogues[language], "criteria.C1.label"),
      );
      expect(lookup(picked, "delimitation.intro")).toBeUndefined();
    }
  });

  it("refuses a key the catalogue does not have", () => {
    expect(() => pickKeys(catalogues.nl, ["live.nothing"])).toThrow(/live\.nothing/);
  });

  it("has every text the participant page asks for", () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, "ParticipantApp.tsx"), "utf8");
    const keys = [
      ...[...source.matchAll(/\bt\("([\w.]+)"/g)].map((m) => m[1]!),
      ...[...source.matchAll(/\bp\("([\w.]+)"\)/g)].map((m) => `live.participant.${m[1]}`),
    ];
    expect(keys.length).toBeGreaterThan(20);
    const picked = pickKeys(catalogues.nl, participantCatalogueKeys);
    const missing = keys.filter(
      (key) => lookup(picked, key) === undefined && lookup(picked, `${key}_other`) === undefined,
    );
    expect(missing).toEqual([]);
  });
});
