/** Kinds of local area. A buurt sits inside a wijk; a dorp stands on its own. */
export const areaKinds = ["wijk", "buurt", "dorp"] as const;
export type AreaKind = (typeof areaKinds)[number];

const cbsCodePattern = /^(GM[0-9A-Z]{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$/;

/** True for a CBS region code: GM + 4, WK + 6 or BU + 8 characters. */
export function isCbsCode(code: string): boolean {
  return cbsCodePattern.test(code);
}

/** Another area of the same kind and place with this name (case aside): two "Noord" wijken. */
export function areaNameTaken(
  areas: readonly { id: string; name: string; kind: AreaKind; parentId: string | null }[],
  wanted: { name: string; kind: AreaKind; parentId: string | null },
  exceptId?: string,
): boolean {
  const name = wanted.name.trim().toLocaleLowerCase("nl");
  return areas.some(
    (a) =>
      a.id !== exceptId &&
      a.kind === wanted.kind &&
      (a.parentId ?? null) === (wanted.parentId ?? null) &&
      a.name.trim().toLocaleLowerCase("nl") === name,
  );
}
