import { describe, expect, it } from "vitest";
import { isCbsCode } from "./areas.ts";

describe("isCbsCode", () => {
  it("accepts gemeente, wijk and buurt codes of the right length", () => {
    for (const code of ["GM0363", "WK036300", "BU03630000", "WK0363AB", "BU0363A0B1"]) {
      expect(isCbsCode(code), code).toBe(true);
    }
  });
  it("refuses wrong prefixes, lengths and lower case", () => {
    for (const code of ["GM363", "WK0363", "BU036300", "XX0363", "gm0363", "GM0363 ", ""]) {
      expect(isCbsCode(code), code).toBe(false);
    }
  });
});
