import { describe, expect, it } from "vitest";
import { percent, tally, withCount } from "./format.ts";

describe("format", () => {
  it("writes a share as a whole percentage, and none as a dash", () => {
    expect(percent(0.345)).toBe("35%");
    expect(percent(null)).toBe("—");
  });

  it("counts repeated answers once, most frequent first", () => {
    const answers = tally(["tijd", "geld", "tijd", "ruimte", "tijd", "geld"]);
    expect(answers).toEqual([
      { text: "tijd", count: 3 },
      { text: "geld", count: 2 },
      { text: "ruimte", count: 1 },
    ]);
    expect(answers.map(withCount)).toEqual(["tijd (3×)", "geld (2×)", "ruimte"]);
  });
});
