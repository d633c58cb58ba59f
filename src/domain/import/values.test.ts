import { describe, expect, it } from "vitest";
import { carriers, itemKinds } from "../items.ts";
import { spheres } from "../spheres.ts";
import { builtInThemes } from "../themes.ts";
import {
  carrierLabel,
  kindLabel,
  parseCarrier,
  parseKind,
  parseSphere,
  parseThemes,
  sphereLabel,
  themeKey,
  themeLabel,
} from "./values.ts";

describe("parseSphere", () => {
  it("maps Dutch and English, ignoring case and accents", () => {
    expect(parseSphere("gemeenschappelijk")).toBe("communal");
    expect(parseSphere("Communal")).toBe("communal");
    expect(parseSphere(" PERSOONLIJK ")).toBe("personal");
    expect(parseSphere("Institutionele sociale basis")).toBe("institutional");
    expect(parseSphere("institutional")).toBe("institutional");
  });

  it("gives null for unplaced and undefined for anything else", () => {
    for (const text of ["", " ", "-", "ongeplaatst", "Unplaced"])
      expect(parseSphere(text)).toBeNull();
    expect(parseSphere("hemel")).toBeUndefined();
  });
});

describe("parseKind and parseCarrier", () => {
  it("map Dutch and English words", () => {
    expect(parseKind("Activiteit")).toBe("activity");
    expect(parseKind("organization")).toBe("organisation");
    expect(parseKind("Organisation")).toBe("organisation");
    expect(parseKind("Locatie")).toBe("place");
    expect(parseKind("rol")).toBe("role");
    expect(parseKind("Network")).toBe("network");
    expect(parseKind("feest")).toBeUndefined();
    expect(parseCarrier("Vrijwillig")).toBe("volunteers");
    expect(parseCarrier("beroepskrachten")).toBe("professionals");
    expect(parseCarrier("Beide")).toBe("mixed");
    expect(parseCarrier("robots")).toBeUndefined();
  });
});

describe("themes", () => {
  it("splits on , ; | / and maps built-in themes to their key", () => {
    expect(parseThemes("Jeugd, money worries; Schulden | Mantelzorg / sport,  Sport ,-")).toEqual([
      "youth",
      "money_worries",
      "informal_care",
      "sport",
    ]);
    expect(parseThemes("")).toEqual([]);
    expect(themeKey("  Eigen thema ")).toBe("Eigen thema");
  });

  it("has Dutch labels for built-in themes that map back to the key", () => {
    expect(themeLabel("money_worries")).toBe("geldzorgen");
    expect(themeLabel("sport")).toBe("sport");
    for (const theme of builtInThemes) expect(themeKey(themeLabel(theme))).toBe(theme);
  });
});

describe("labels", () => {
  it("are Dutch words that import accepts", () => {
    expect(sphereLabel.communal).toBe("gemeenschappelijk");
    expect(kindLabel.place).toBe("plek");
    expect(carrierLabel.volunteers).toBe("vrijwilligers");
    for (const s of spheres) expect(parseSphere(sphereLabel[s])).toBe(s);
    for (const k of itemKinds) expect(parseKind(kindLabel[k])).toBe(k);
    for (const c of carriers) expect(parseCarrier(carrierLabel[c])).toBe(c);
  });
});
