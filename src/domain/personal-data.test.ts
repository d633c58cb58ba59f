import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./personal-data.ts";

describe("detectPersonalData", () => {
  it("flags phone numbers, e-mail, postcodes, addresses and BSN-like numbers", () => {
    expect(detectPersonalData("Bel Jan op 06-12345678")).toContain("phone");
    expect(detectPersonalData("Bel 020 123 4567")).toContain("phone");
    expect(detectPersonalData("Mail jan.jansen@gmail.com")).toContain("email");
    expect(detectPersonalData("Woont in 1234 AB")).toContain("postcode");
    expect(detectPersonalData("Mevrouw de Vries, Dorpsstraat 12a")).toContain("address");
    expect(detectPersonalData("BSN 123456789")).toContain("bsn");
  });

  it("leaves descriptions of kinds of help alone", () => {
    for (const text of [
      "Buurtbewoners die samen zwerfvuil rapen, elke eerste zaterdag van de maand.",
      "Inloopochtend in het gebedshuis, ca. 40 deelnemers per week.",
      "Mantelzorgers die zorgen voor een naaste; ondersteuning via het steunpunt.",
      "Subsidie gemeente 2026: € 12.500",
    ]) {
      expect(detectPersonalData(text), text).toEqual([]);
    }
  });
});
