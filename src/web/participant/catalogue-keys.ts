/**
 * The parts of the message catalogue the participant page uses. Only these are built into its
 * script (see `participantCatalogues` in vite.config.ts): the whole catalogue would cost more
 * than a tenth of the page's budget on a slow phone connection.
 */
export const participantCatalogueKeys = [
  "app.name",
  "language",
  "criteria",
  "stakeholders",
  "model.spheres",
  "model.sphereDescriptions",
  "delimitation.answers",
  "delimitation.overall",
  "delimitation.overallQuestion",
  "delimitation.proposedSphere",
  "delimitation.scoreIntro",
  "expectations.ratings",
  "expectations.realismTitle",
  "errors.not_found",
  "errors.session_ended",
  "errors.too_many_requests",
  "errors.validation_failed",
  "errors.internal",
  "errors.network",
  "live.participant",
] as const;

/** A copy of `catalogue` with only the given dotted key paths. */
export function pickKeys(catalogue: object, paths: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = catalogue;
    for (const key of keys) source = (source as Record<string, unknown> | undefined)?.[key];
    if (source === undefined) throw new Error(`No catalogue entry ${path}`);
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1]!] = source;
  }
  return picked;
}
