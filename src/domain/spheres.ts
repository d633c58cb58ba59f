/** The three spheres of the social base (Kwakernaak & Deuten 2023). */
export const spheres = ["personal", "communal", "institutional"] as const;
export type Sphere = (typeof spheres)[number];
