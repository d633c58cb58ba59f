import { z } from "zod";
import { checkLogo, defaultTheme, hexColorPattern, logoMaxBytes, type Theme } from "./tokens.ts";

export const hexColorSchema = z
  .string()
  .regex(hexColorPattern)
  .transform((value) => value.toLowerCase());

/** The longest data URL a logo can have (base64 of `logoMaxBytes` plus the prefix). */
const logoUrlMax = Math.ceil(logoMaxBytes / 3) * 4 + 40;

export const themeColorsSchema = z
  .object({
    primary: hexColorSchema.optional(),
    primaryText: hexColorSchema.optional(),
    link: hexColorSchema.optional(),
    focus: hexColorSchema.optional(),
    headerBackground: hexColorSchema.optional(),
    headerText: hexColorSchema.optional(),
  })
  .strict();

export const themeSchema = z
  .object({
    colors: themeColorsSchema.default({}),
    logo: z
      .string()
      .max(logoUrlMax)
      .superRefine((value, ctx) => {
        const problem = checkLogo(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .nullable()
      .default(null),
  })
  .strict();
export type ThemeInput = z.input<typeof themeSchema>;

// The schema parses to exactly the Theme the rest of the code uses (checked by the compiler).
themeSchema satisfies z.ZodType<Theme, ThemeInput>;

/**
 * A stored theme read back: whatever does not pass the schema now (an older or hand-edited row)
 * counts as the default theme rather than reaching a page.
 */
export function parseStoredTheme(value: unknown): Theme {
  const parsed = themeSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : defaultTheme;
}
