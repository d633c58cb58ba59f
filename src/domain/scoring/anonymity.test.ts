import { describe, expect, it } from "vitest";
import { splitGroups } from "./anonymity.ts";

describe("splitGroups", () => {
  it("shows groups of 3 or more and pools the rest with people without a group", () => {
    expect(
      splitGroups([
        { group: "a", people: 3 },
        { group: "b", people: 2 },
        { group: null, people: 1 },
        { group: "c", people: 4 },
      ]),
    ).toEqual({ shown: ["a", "c"], pooled: ["b", null], poolShown: true });
  });

  it("pools the smallest shown group when the rest is 1 or 2 (no reading by subtraction)", () => {
    expect(
      splitGroups([
        { group: "a", people: 5 },
        { group: "b", people: 3 },
        { group: "c", people: 1 },
      ]),
    ).toEqual({ shown: ["a"], pooled: ["b", "c"], poolShown: true });
  });

  it("hides a pool below 3 when nothing is shown, and shows nothing of an empty input", () => {
    expect(splitGroups([{ group: "a", people: 2 }])).toEqual({
      shown: [],
      pooled: ["a"],
      poolShown: false,
    });
    expect(splitGroups([])).toEqual({ shown: [], pooled: [], poolShown: false });
  });

  it("needs no pool when every group is large enough", () => {
    expect(
      splitGroups([
        { group: "a", people: 3 },
        { group: "b", people: 3 },
      ]),
    ).toEqual({ shown: ["a", "b"], pooled: [], poolShown: false });
  });
});
