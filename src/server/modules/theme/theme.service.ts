import { eq } from "drizzle-orm";
import type { FieldProblem } from "../../../domain/errors.ts";
import { catalogues, interpolate, type Language } from "../../../domain/i18n/index.ts";
import {
  type ContrastResult,
  contrastFailures,
  parseStoredTheme,
  type Theme,
} from "../../../domain/theme/index.ts";
import type { Database } from "../../db/client.ts";
import { liveSessions, workspaces } from "../../db/schema.ts";
import { errors } from "../../errors.ts";

/** One failing pair as a field problem, pointing at the pair's first theme field. */
export function describeContrastFailures(
  failures: ContrastResult[],
  language: Language,
): FieldProblem[] {
  const texts = catalogues[language].workspaceTheme;
  const number = (n: number) => n.toLocaleString(language === "nl" ? "nl-NL" : "en-GB");
  return failures.map((failure) => ({
    path: `colors.${failure.fields[0]}`,
    message: interpolate(texts.pairProblem, {
      pair: texts.pairs[failure.id],
      ratio: number(failure.ratio),
      minimum: number(failure.minimum),
      foreground: failure.foreground,
      background: failure.background,
    }),
  }));
}

/** A workspace's theme (`workspaces.theme`): read, and replaced only when it keeps AA contrast. */
export function createThemeService(db: Database) {
  return {
    async get(workspaceId: string): Promise<Theme> {
      const [row] = await db
        .select({ theme: workspaces.theme })
        .from(workspaces)
        .where(eq(workspaces.id, workspaceId));
      return parseStoredTheme(row?.theme);
    },

    /** The theme and name of the workspace a live session belongs to (for its participants). */
    async forSession(sessionId: string): Promise<{ theme: Theme; workspaceName: string }> {
      const [row] = await db
        .select({ theme: workspaces.theme, name: workspaces.name })
        .from(liveSessions)
        .innerJoin(workspaces, eq(workspaces.id, liveSessions.workspaceId))
        .where(eq(liveSessions.id, sessionId));
      return { theme: parseStoredTheme(row?.theme), workspaceName: row?.name ?? "" };
    },

    /**
     * Replaces the theme. A theme with any pair below WCAG AA is refused with every failing pair
     * and nothing changes. The default theme is stored as null.
     */
    async set(workspaceId: string, theme: Theme, language: Language): Promise<Theme> {
      const failures = contrastFailures(theme);
      if (failures.length > 0) {
        throw errors.themeInaccessible(describeContrastFailures(failures, language));
      }
      const isDefault = Object.keys(theme.colors).length === 0 && theme.logo === null;
      await db
        .update(workspaces)
        .set({ theme: isDefault ? null : { ...theme } })
        .where(eq(workspaces.id, workspaceId));
      return theme;
    },
  };
}
export type ThemeService = ReturnType<typeof createThemeService>;
