import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  leikAgreement,
  lowerMedianIndex,
  modeIndex,
  nominalAgreement,
  scaledMean,
} from "./measures.ts";

describe("leikAgreement (1 − Leik's D)", () => {
  it("is 1 when everyone gives the same answer", () => {
    expect(leikAgreement([0, 0, 7])).toBe(1);
    expect(leikAgreement([4, 0, 0])).toBe(1);
    expect(leikAgreement([0, 1, 0])).toBe(1);
  });

  it("is 0 when the answers are split evenly over the two extremes", () => {
    // F1 = F2 = 0.5 → d1 = d2 = 0.5 → D = 2 · 1 / 2 = 1.
    expect(leikAgreement([5, 0, 5])).toBe(0);
    expect(leikAgreement([1, 0, 1])).toBe(0);
  });

  it("is 1/3 for one no, one partly and one yes", () => {
    // F1 = 1/3 → d1 = 1/3; F2 = 2/3 → d2 = 1 − 2/3 = 1/3; D = 2 · (2/3) / 2 = 2/3; 1 − D = 1/3.
    expect(leikAgreement([1, 1, 1])).toBeCloseTo(1 / 3, 12);
  });

  it("is 2/3 for one partly and two yes, and 1/2 for one no and one partly", () => {
    // [0,1,2]: F1 = 0, F2 = 1/3 → D = 2 · (1/3) / 2 = 1/3 → 2/3.
    expect(leikAgreement([0, 1, 2])).toBeCloseTo(2 / 3, 12);
    // [1,1,0]: F1 = 0.5, F2 = 1 → d = 0.5, 0 → D = 0.5 → 0.5.
    expect(leikAgreement([1, 1, 0])).toBeCloseTo(0.5, 12);
  });

  it("is null without answers and reads a slice of a larger array", () => {
    expect(leikAgreement([0, 0, 0])).toBeNull();
    expect(leikAgreement(Int32Array.of(9, 9, 1, 1, 1, 9), 2, 3)).toBeCloseTo(1 / 3, 12);
  });

  it("stays within 0..1 and does not change when the scale is mirrored", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 2, maxLength: 7 }), (counts) => {
        const a = leikAgreement(counts);
        if (counts.every((c) => c === 0)) return expect(a).toBeNull();
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        expect(leikAgreement([...counts].reverse())).toBeCloseTo(a!, 12);
      }),
    );
  });
});

describe("nominalAgreement (normalised modal share)", () => {
  it("is 1 for one choice, 0 for an even spread, 1/4 for a split over two of three", () => {
    expect(nominalAgreement([0, 4, 0])).toBe(1);
    expect(nominalAgreement([2, 2, 2])).toBeCloseTo(0, 12);
    // p_max = 1/2 → (1/2 − 1/3) / (2/3) = 1/4.
    expect(nominalAgreement([3, 0, 3])).toBeCloseTo(0.25, 12);
    // p_max = 2/3 → (2/3 − 1/3) / (2/3) = 1/2.
    expect(nominalAgreement([2, 1, 0])).toBeCloseTo(0.5, 12);
    expect(nominalAgreement([0, 0, 0])).toBeNull();
  });
});

describe("central values", () => {
  it("takes the lower median on an even count", () => {
    expect(lowerMedianIndex([1, 0, 1])).toBe(0); // no, yes → no
    expect(lowerMedianIndex([1, 1, 1])).toBe(1);
    expect(lowerMedianIndex([0, 2, 2])).toBe(1); // partly, partly, yes, yes → partly
    expect(lowerMedianIndex([0, 0, 1])).toBe(2);
    expect(lowerMedianIndex([0, 0, 0])).toBe(-1);
  });

  it("puts the mean on a 0..1 scale", () => {
    expect(scaledMean([1, 1, 1])).toBeCloseTo(0.5, 12);
    expect(scaledMean([0, 1, 3])).toBeCloseTo(3.5 / 4, 12);
    expect(scaledMean([2, 0, 0])).toBe(0);
    expect(scaledMean([0, 0, 0])).toBeNull();
  });

  it("has a mode only when one category leads", () => {
    expect(modeIndex([1, 3, 2])).toBe(1);
    expect(modeIndex([2, 0, 2])).toBe(-1);
    expect(modeIndex([0, 0, 0])).toBe(-1);
  });
});
