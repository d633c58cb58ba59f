/**
 * The talk's two (possibly colliding) forces behind an expectation: the social base as valuable
 * in itself ("waardevol in zichzelf"), or as a layer of the care-and-support pyramid ("laag in de
 * piramide van zorg en ondersteuning"). An expectation may follow one, both, or — until a
 * workspace has marked it — neither.
 */
export const forces = ["valuable_in_itself", "pyramid_layer"] as const;
export type Force = (typeof forces)[number];
