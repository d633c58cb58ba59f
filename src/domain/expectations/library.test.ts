import { describe, expect, it } from "vitest";
import { spheres } from "../spheres.ts";
import { builtInThemes } from "../themes.ts";
import { forces } from "./forces.ts";
import {
  nationalExpectation,
  nationalExpectationKeys,
  nationalExpectations,
  nationalExpectationsWithTheme,
  pagesCited,
} from "./library.ts";

describe("the national library", () => {
  it("holds the nine sources of policy-expectations.md, in its order", () => {
    expect(nationalExpectations.map((e) => e.key)).toEqual([...nationalExpectationKeys]);
    expect(nationalExpectations).toHaveLength(9);
  });

  it("keeps titles, annotations and pages exactly as the design file gives them", () => {
    const facts = nationalExpectations.map((e) => ({
      key: e.key,
      title: e.title,
      shortTitle: e.shortTitle,
      documentType: e.documentType,
      publisher: e.publisher,
      year: e.year,
      period: e.period,
      expects: e.expects.pages,
      purpose: e.purpose.pages,
    }));
    const none = {
      shortTitle: null,
      documentType: null,
      publisher: null,
      year: null,
      period: null,
    };
    expect(facts).toEqual([
      {
        ...none,
        key: "mantelzorgagenda",
        title: "Mantelzorgagenda 2023-2026",
        period: "2023-2026",
        expects: [5],
        purpose: [5],
      },
      {
        ...none,
        key: "geldzorgen",
        title: "Aanpak geldzorgen, armoede en schulden",
        documentType: "Kamerbrief",
        expects: [11],
        purpose: [12],
      },
      {
        ...none,
        key: "jeugd",
        title: "Hervormingsagenda Jeugd 2023-2028",
        period: "2023-2028",
        expects: [8, 18, 20],
        purpose: [11, 15, 19],
      },
      {
        ...none,
        key: "wozo",
        title: "Programma Wonen, Ondersteuning en Zorg voor Ouderen",
        shortTitle: "WOZO",
        expects: [7, 22, 40, 59],
        purpose: [23, 59],
      },
      {
        ...none,
        key: "gala",
        title: "Gezond en Actief Leven Akkoord",
        shortTitle: "GALA",
        expects: [5, 18, 19],
        purpose: [18, 19],
      },
      {
        ...none,
        key: "iza",
        title: "Integraal Zorgakkoord: Samen werken aan gezonde zorg",
        expects: [5, 6, 9, 70],
        purpose: [5, 6, 9],
      },
      {
        ...none,
        key: "wijkverpleging",
        title: "Verdelen van schaarste in de wijkverpleging",
        publisher: "Zorginstituut Nederland",
        expects: [6, 13, 15, 46],
        purpose: null,
      },
      {
        ...none,
        key: "nplv",
        title: "Nationaal Programma Leefbaarheid en Veiligheid",
        shortTitle: "NPLV",
        expects: [36, 41],
        purpose: [36],
      },
      {
        ...none,
        key: "juiste-plek",
        title: "De juiste zorg op de juiste plek",
        year: 2018,
        expects: [10, 17, 34],
        purpose: [14, 35],
      },
    ]);
  });

  it("uses only known themes, spheres and forces, each once, and has both languages", () => {
    for (const e of nationalExpectations) {
      for (const list of [e.themes, e.spheres, e.forces]) {
        expect(new Set(list).size).toBe(list.length);
        expect(list.length).toBeGreaterThan(0);
      }
      for (const theme of e.themes) expect(builtInThemes).toContain(theme);
      for (const sphere of e.spheres) expect(spheres).toContain(sphere);
      for (const force of e.forces) expect(forces).toContain(force);
      for (const summary of [e.expects, e.purpose]) {
        expect(summary.nl.trim()).not.toBe("");
        expect(summary.en.trim()).not.toBe("");
        expect(summary.nl).not.toBe(summary.en);
      }
    }
  });

  it("reads most purposes as relieving formal care, as the talk observes", () => {
    const relieving = nationalExpectations.filter((e) => e.relievesFormalCare).map((e) => e.key);
    expect(relieving).toEqual([
      "mantelzorgagenda",
      "jeugd",
      "wozo",
      "gala",
      "iza",
      "wijkverpleging",
      "juiste-plek",
    ]);
  });

  it("cannot be changed at run time", () => {
    const wozo = nationalExpectation("wozo");
    expect(Object.isFrozen(nationalExpectations)).toBe(true);
    expect(Object.isFrozen(wozo.expects.pages)).toBe(true);
    expect(() => {
      (wozo as { title: string }).title = "x";
    }).toThrow(TypeError);
  });

  it("filters by theme in library order, and lists the pages cited per source", () => {
    expect(nationalExpectationsWithTheme("health").map((e) => e.key)).toEqual([
      "wozo",
      "gala",
      "iza",
      "wijkverpleging",
      "juiste-plek",
    ]);
    expect(nationalExpectationsWithTheme("money_worries").map((e) => e.key)).toEqual([
      "geldzorgen",
    ]);
    expect(nationalExpectationsWithTheme(null)).toBe(nationalExpectations);
    expect(pagesCited(nationalExpectation("jeugd"))).toEqual([8, 11, 15, 18, 19, 20]);
    expect(pagesCited(nationalExpectation("wijkverpleging"))).toEqual([6, 13, 15, 46]);
  });
});
