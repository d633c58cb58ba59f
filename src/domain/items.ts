/** What an inventory item is. */
export const itemKinds = ["activity", "organisation", "place", "role", "network"] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Who mainly carries an item. */
export const carriers = ["volunteers", "professionals", "mixed"] as const;
export type Carrier = (typeof carriers)[number];
