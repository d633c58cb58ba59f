import { describe, expect, it } from "vitest";
import { FixedWindows } from "./fixed-windows.ts";

describe("FixedWindows", () => {
  it("makes a key at its maximum wait until its window ends, then starts afresh", () => {
    let now = 0;
    const windows = new FixedWindows(10_000, () => now);
    windows.count("ip");
    now = 4_000;
    windows.count("ip");
    expect(windows.wait("ip", 2)).toBe(6);
    expect(windows.wait("ip", 3)).toBe(0);
    expect(windows.wait("other", 2)).toBe(0);
    now = 9_999;
    expect(windows.wait("ip", 2)).toBe(1);
    now = 10_000;
    expect(windows.wait("ip", 2)).toBe(0);
    windows.count("ip");
    expect(windows.wait("ip", 2)).toBe(0);
  });

  it("wait counts nothing; take counts only what it lets through", () => {
    const windows = new FixedWindows(60_000, () => 0);
    for (let i = 0; i < 5; i++) expect(windows.wait("a", 1)).toBe(0);
    expect([1, 2, 3].map(() => windows.take("a", 2))).toEqual([0, 0, 60]);
    windows.forget("a");
    expect(windows.take("a", 2)).toBe(0);
  });
});
