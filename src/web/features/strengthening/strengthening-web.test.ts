import { describe, expect, it } from "vitest";
import { dayNumber, labelledIndices, niceStep, valueAxis } from "./chart-scale.ts";
import { parseDecimal, parseEuros } from "./parse.ts";

describe("parseEuros", () => {
  it("reads whole euros with or without thousands separators and a euro sign", () => {
    expect(parseEuros("12500", "nl-NL")).toBe(12500);
    expect(parseEuros("€ 12.500", "nl-NL")).toBe(12500);
    expect(parseEuros("12,500", "en-GB")).toBe(12500);
    expect(parseEuros(" 1.000.000 ", "nl-NL")).toBe(1_000_000);
    expect(parseEuros("0", "en-GB")).toBe(0);
  });
  it("gives null for nothing and undefined for what is not whole euros", () => {
    expect(parseEuros("", "nl-NL")).toBeNull();
    expect(parseEuros("  ", "en-GB")).toBeNull();
    expect(parseEuros("12,50", "nl-NL")).toBeUndefined();
    expect(parseEuros("12.500", "en-GB")).toBeUndefined();
    expect(parseEuros("-5", "nl-NL")).toBeUndefined();
    expect(parseEuros("tien", "nl-NL")).toBeUndefined();
  });
});

describe("parseDecimal", () => {
  it("reads a decimal comma in Dutch and a decimal point in English", () => {
    expect(parseDecimal("12,5", "nl-NL")).toBe(12.5);
    expect(parseDecimal("1.234,5", "nl-NL")).toBe(1234.5);
    expect(parseDecimal("1.250", "nl-NL")).toBe(1250);
    expect(parseDecimal("12.5", "nl-NL")).toBe(12.5);
    expect(parseDecimal("12.5", "en-GB")).toBe(12.5);
    expect(parseDecimal("1,234.5", "en-GB")).toBe(1234.5);
    expect(parseDecimal("-3", "en-GB")).toBe(-3);
  });
  it("refuses what is not a number", () => {
    expect(parseDecimal("", "nl-NL")).toBeUndefined();
    expect(parseDecimal("veel", "nl-NL")).toBeUndefined();
    expect(parseDecimal("1,2,3", "nl-NL")).toBeUndefined();
  });
});

describe("chart scale", () => {
  it("picks nice steps", () => {
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(52, 4)).toBe(20);
    expect(niceStep(1, 4)).toBe(0.25);
    expect(niceStep(0, 4)).toBe(1);
  });
  it("starts the value axis at zero and ends it at a tick above the largest value", () => {
    expect(valueAxis([40, 52])).toEqual({ min: 0, max: 60, ticks: [0, 20, 40, 60] });
    expect(valueAxis([0.3, 0.35]).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(valueAxis([7])).toEqual({ min: 0, max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueAxis([0, 0]).max).toBeGreaterThan(0);
    expect(valueAxis([-5, 10]).min).toBeLessThanOrEqual(-5);
  });
  it("places dates by day and labels at most a few points, first and last included", () => {
    expect(dayNumber("2026-01-02") - dayNumber("2026-01-01")).toBe(1);
    expect(dayNumber("2025-03-30") - dayNumber("2025-03-29")).toBe(1);
    expect(labelledIndices(3, 5)).toEqual([0, 1, 2]);
    expect(labelledIndices(10, 4)).toEqual([0, 3, 6, 9]);
    expect(labelledIndices(0, 4)).toEqual([]);
    expect(labelledIndices(5, 1)).toEqual([4]);
  });
});
