import { z } from "zod";
import { type Sphere, spheres } from "../spheres.ts";

/**
 * The roles a municipality can take towards the social base. After the conversation model and
 * Platform31 ("Versterken van de sociale basis: rollen voor gemeenten"): financier, sparring
 * partner and connector, plus what the spheres ask for (conditions, room, appreciation).
 * Names and explanations are in the catalogues (`strengthening.roles`).
 */
export const roleKeys = [
  "create_conditions",
  "facilitate",
  "fund",
  "commission",
  "connect",
  "sparring_partner",
  "appreciate",
  "leave_room",
] as const;
export type RoleKey = (typeof roleKeys)[number];

/**
 * Sensible defaults per sphere (domain.md, "the three spheres"): the personal sphere is people's
 * own life — create conditions, do not organise it; the communal sphere asks for room,
 * facilitation and appreciation; the institutional sphere is funded and commissioned.
 * The reasons are in the catalogues (`strengthening.defaultReasons`).
 */
export const defaultRoles: Readonly<Record<Sphere, readonly RoleKey[]>> = {
  personal: ["create_conditions", "leave_room"],
  communal: ["facilitate", "appreciate", "connect", "leave_room"],
  institutional: ["fund", "commission", "connect"],
};

export const sphereRolesSchema = z.strictObject({
  roles: z
    .array(z.enum(roleKeys))
    .max(roleKeys.length)
    .refine((r) => new Set(r).size === r.length, "duplicate role"),
  explanation: z.string().trim().max(4000),
});
export type SphereRolesInput = z.infer<typeof sphereRolesSchema>;

export interface SphereRoles {
  sphere: Sphere;
  roles: RoleKey[];
  /** The workspace's explanation in its own words; empty until written. */
  explanation: string;
  /** True while the workspace has not chosen yet and the defaults are shown. */
  isDefault: boolean;
}

/** Every sphere's roles: the workspace's choice where made, else the default. */
export function rolesPerSphere(
  chosen: readonly { sphere: Sphere; roles: readonly RoleKey[]; explanation: string }[],
): SphereRoles[] {
  return spheres.map((sphere) => {
    const own = chosen.find((c) => c.sphere === sphere);
    return own
      ? { sphere, roles: [...own.roles], explanation: own.explanation, isDefault: false }
      : { sphere, roles: [...defaultRoles[sphere]], explanation: "", isDefault: true };
  });
}
