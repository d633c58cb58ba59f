import { describe, expect, it } from "vitest";
import { areaNameTaken, isCbsCode } from "./areas.ts";

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

describe("areaNameTaken", () => {
  const areas = [
    { id: "1", name: "Noord", kind: "wijk" as const, parentId: null },
    { id: "2", name: "Centrum", kind: "buurt" as const, parentId: "1" },
  ];
  it("finds the same name, case and spaces aside, of the same kind in the same place", () => {
    expect(areaNameTaken(areas, { name: " noord ", kind: "wijk", parentId: null })).toBe(true);
    expect(areaNameTaken(areas, { name: "centrum", kind: "buurt", parentId: "1" })).toBe(true);
  });
  it("allows the name for another kind, another wijk, or the area itself", () => {
    expect(areaNameTaken(areas, { name: "Noord", kind: "dorp", parentId: null })).toBe(false);
    expect(areaNameTaken(areas, { name: "Centrum", kind: "buurt", parentId: "9" })).toBe(false);
    expect(areaNameTaken(areas, { name: "Noord", kind: "wijk", parentId: null }, "1")).toBe(false);
  });
});
