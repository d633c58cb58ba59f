/** Kinds of local area. A buurt sits inside a wijk; a dorp stands on its own. */
export const areaKinds = ["wijk", "buurt", "dorp"] as const;
export type AreaKind = (typeof areaKinds)[number];

const cbsCodePattern = /^(GM[0-9A-Z]{4}|WK[0-9A-Z]{6}|BU[0-9A-Z]{8})$/;

/** True for a CBS region code: GM + 4, WK + 6 or BU + 8 characters. */
export function isCbsCode(code: string): boolean {
  return cbsCodePattern.test(code);
}
