import { describe, expect, it } from "vitest";
import { exportHeaders, headerField, matchColumns } from "./columns.ts";

describe("matchColumns", () => {
  it("recognises the Dutch export headers in order", () => {
    expect(matchColumns([...exportHeaders])).toEqual({
      mapping: {
        name: 0,
        description: 1,
        kind: 2,
        sphere: 3,
        areas: 4,
        themes: 5,
        carriedBy: 6,
        funding: 7,
        reach: 8,
      },
      unknown: [],
    });
  });

  it("recognises English headers in shuffled order and lists unknown columns", () => {
    const header = ["Reach", "THEMES", "Contactpersoon", "Carried by", "Name", "", "Area", "Kind"];
    expect(matchColumns(header)).toEqual({
      mapping: { reach: 0, themes: 1, carriedBy: 3, name: 4, areas: 6, kind: 7 },
      unknown: [{ index: 2, header: "Contactpersoon" }],
    });
  });

  it("ignores case, accents, whitespace, punctuation and notes in brackets", () => {
    expect(headerField(" Thema’s ")).toBe("themes");
    expect(headerField("THEMA'S (gescheiden door komma's)")).toBe("themes");
    expect(headerField("Gedragen  door:")).toBe("carriedBy");
    expect(headerField("uitvoering-door")).toBe("carriedBy");
    expect(headerField("Omschrijving *")).toBe("description");
    expect(headerField("Beschrijving")).toBe("description");
    expect(headerField("Wijk")).toBe("areas");
    expect(headerField("buurt")).toBe("areas");
    expect(headerField("Titel")).toBe("name");
    expect(headerField("Séfeer")).toBeUndefined();
    expect(headerField("Sféér")).toBe("sphere");
    expect(headerField("Financiering")).toBe("funding");
    expect(headerField("Bereik")).toBe("reach");
    expect(headerField("type")).toBe("kind");
    expect(headerField("contact")).toBeUndefined();
  });

  it("lets the first column win when two name the same field", () => {
    expect(matchColumns(["naam", "wijk", "gebied"])).toEqual({
      mapping: { name: 0, areas: 1 },
      unknown: [{ index: 2, header: "gebied" }],
    });
  });
});
