import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkLogo,
  contrastFailures,
  contrastRatio,
  contrastReport,
  defaultThemeColors,
  logoMaxBytes,
  parseStoredTheme,
  relativeLuminance,
  themeColorKeys,
  themeCustomProperties,
  themeSchema,
} from "./index.ts";

const hexColor = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`);

function base64(bytes: number[]): string {
  return btoa(String.fromCharCode(...bytes));
}
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1];
const webp = [0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50];

describe("contrast ratio (WCAG 2.1)", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 10);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
  });

  it("matches known reference values", () => {
    // #767676 on white is the classic "just passes 4.5" grey (4.54); #777777 just fails (4.48).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
  });

  it("is symmetric, within [1, 21], and 1 only for equal luminance", () => {
    fc.assert(
      fc.property(hexColor, hexColor, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBe(contrastRatio(b, a));
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
        if (relativeLuminance(a) !== relativeLuminance(b)) expect(ratio).toBeGreaterThan(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("grows as one colour moves away from the other in luminance", () => {
    fc.assert(
      fc.property(hexColor, hexColor, hexColor, (a, b, c) => {
        const [la, lb, lc] = [a, b, c].map(relativeLuminance) as [number, number, number];
        // With a darkest, b in between and c lightest, a–c contrasts at least as much as a–b.
        if (la <= lb && lb <= lc) {
          expect(contrastRatio(a, c)).toBeGreaterThanOrEqual(contrastRatio(a, b) - 1e-12);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses anything but #rrggbb", () => {
    for (const bad of ["red", "#fff", "#12345g", "#1234567", "var(--x)", "#000000;x:y"]) {
      expect(() => relativeLuminance(bad)).toThrow();
    }
  });
});

describe("contrast report", () => {
  it("the default theme passes every pair", () => {
    expect(contrastFailures(null)).toEqual([]);
    expect(contrastReport({ colors: {}, logo: null })).toHaveLength(5);
  });

  it("returns every failing pair with the fields involved", () => {
    const failures = contrastFailures({
      colors: { primary: "#ffff00", primaryText: "#ffffff", link: "#999999", focus: "#eeeeee" },
      logo: null,
    });
    expect(failures.map((f) => f.id).sort()).toEqual([
      "focusOnPage",
      "linkOnPage",
      "primaryOnPage",
      "primaryTextOnPrimary",
    ]);
    const text = failures.find((f) => f.id === "primaryTextOnPrimary")!;
    expect(text.fields).toEqual(["primaryText", "primary"]);
    expect(text.minimum).toBe(4.5);
    expect(failures.find((f) => f.id === "focusOnPage")!.minimum).toBe(3);
  });

  it("a pair fails exactly when its ratio is below the minimum; ratios never round up", () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(themeColorKeys.map((k) => [k, hexColor]))),
        (colors) => {
          const report = contrastReport({ colors, logo: null });
          for (const r of report) {
            const exact = contrastRatio(r.foreground, r.background);
            expect(r.passes).toBe(exact >= r.minimum);
            expect(r.ratio).toBeLessThanOrEqual(exact);
            if (!r.passes) expect(r.ratio).toBeLessThan(r.minimum);
          }
          expect(contrastFailures({ colors, logo: null })).toEqual(report.filter((r) => !r.passes));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("black and white always pass", () => {
    const colors = {
      primary: "#000000",
      primaryText: "#ffffff",
      link: "#000000",
      focus: "#000000",
      headerBackground: "#000000",
      headerText: "#ffffff",
    };
    expect(contrastFailures({ colors, logo: null })).toEqual([]);
  });
});

describe("theme schema", () => {
  it("accepts #rrggbb in either case and stores lower case", () => {
    const theme = themeSchema.parse({ colors: { primary: "#A1B2C3" } });
    expect(theme).toEqual({ colors: { primary: "#a1b2c3" }, logo: null });
  });

  it("refuses anything a style property could be abused with, and unknown tokens", () => {
    const attempts = [
      { colors: { primary: "red" } },
      { colors: { primary: "#fff" } },
      { colors: { primary: "#000000; background: url(x)" } },
      { colors: { primary: "var(--evil)" } },
      { colors: { primary: "#000000\n" } },
      { colors: { background: "#000000" } },
      { colors: {}, css: "body{}" },
    ];
    for (const attempt of attempts) expect(themeSchema.safeParse(attempt).success).toBe(false);
  });

  it("whatever string it accepts as a colour is exactly #rrggbb", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (value) => {
        const parsed = themeSchema.safeParse({ colors: { link: value } });
        if (parsed.success) expect(parsed.data.colors.link).toMatch(/^#[0-9a-f]{6}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts PNG, JPEG and WebP logos whose bytes match, and nothing else", () => {
    expect(checkLogo(`data:image/png;base64,${base64(png)}`)).toBeNull();
    expect(checkLogo(`data:image/jpeg;base64,${base64(jpeg)}`)).toBeNull();
    expect(checkLogo(`data:image/webp;base64,${base64(webp)}`)).toBeNull();
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(checkLogo(`data:image/svg+xml;base64,${svg}`)).toBe("logo_format");
    expect(checkLogo(`data:image/png;base64,${svg}`)).toBe("logo_mismatch");
    expect(checkLogo(`data:image/jpeg;base64,${base64(png)}`)).toBe("logo_mismatch");
    expect(checkLogo("https://example.org/logo.png")).toBe("logo_format");
    expect(checkLogo("data:image/png,rawbytes")).toBe("logo_format");
    expect(checkLogo("data:image/png;base64,****")).toBe("logo_format");
    expect(checkLogo("data:image/png;base64,")).toBe("logo_format");
    expect(themeSchema.safeParse({ logo: `data:image/svg+xml;base64,${svg}` }).success).toBe(false);
  });

  it("refuses a logo over the limit and accepts one at it", () => {
    const atLimit = new Array(logoMaxBytes).fill(0);
    atLimit.splice(0, png.length, ...png);
    let binary = "";
    for (const b of atLimit) binary += String.fromCharCode(b);
    const url = `data:image/png;base64,${btoa(binary)}`;
    expect(checkLogo(url)).toBeNull();
    expect(themeSchema.safeParse({ logo: url }).success).toBe(true);
    const over = `data:image/png;base64,${btoa(`${binary}\0\0\0`)}`;
    expect(checkLogo(over)).toBe("logo_too_large");
    expect(themeSchema.safeParse({ logo: over }).success).toBe(false);
  });

  it("a stored theme that no longer passes the schema reads as the default", () => {
    expect(parseStoredTheme(null)).toEqual({ colors: {}, logo: null });
    expect(parseStoredTheme({ colors: { primary: "expression(alert(1))" } })).toEqual({
      colors: {},
      logo: null,
    });
  });

  it("sets only --sb-color-* properties with #rrggbb values; the footer follows the header", () => {
    const properties = themeCustomProperties({
      colors: { primary: "#112233", headerBackground: "#445566", headerText: "#ffffff" },
      logo: null,
    });
    expect(properties).toEqual({
      "--sb-color-primary": "#112233",
      "--sb-color-header-background": "#445566",
      "--sb-color-header-text": "#ffffff",
      "--sb-color-footer-background": "#445566",
      "--sb-color-footer-text": "#ffffff",
    });
    expect(themeCustomProperties(null)).toEqual({});
    expect(Object.keys(defaultThemeColors).sort()).toEqual([...themeColorKeys].sort());
  });
});
