import { z } from "zod";
import { areaKinds, isCbsCode } from "./areas.ts";
import { carriers, itemKinds } from "./items.ts";
import { itemLimits } from "./limits.ts";
import { spheres } from "./spheres.ts";

const shortText = z.string().trim().max(itemLimits.shortTextMax);

export const sphereSchema = z.enum(spheres);

const itemFields = {
  name: z.string().trim().min(1).max(itemLimits.nameMax),
  description: z.string().trim().max(itemLimits.descriptionMax),
  kind: z.enum(itemKinds),
  sphere: sphereSchema.nullable(),
  areaIds: z.array(z.uuid()).max(itemLimits.areasMax),
  themes: z.array(z.string().trim().min(1).max(itemLimits.themeMax)).max(itemLimits.themesMax),
  carriedBy: z.enum(carriers),
  funding: shortText,
  reach: shortText,
};

export const itemInputSchema = z.strictObject({
  ...itemFields,
  description: itemFields.description.default(""),
  sphere: itemFields.sphere.default(null),
  areaIds: itemFields.areaIds.default([]),
  themes: itemFields.themes.default([]),
  funding: shortText.default(""),
  reach: shortText.default(""),
});
export type ItemInput = z.infer<typeof itemInputSchema>;

// No defaults here: a field left out of a change must stay as it is.
export const itemPatchSchema = z
  .strictObject(itemFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, "empty change");
export type ItemPatch = z.infer<typeof itemPatchSchema>;

export const moveItemSchema = z.object({ sphere: sphereSchema.nullable() });

export const itemSortFields = ["name", "sphere", "kind", "carriedBy", "updatedAt"] as const;

const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.array(z.string()), z.string()])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));

/** Query of the inventory list; every filter and sort value is whitelisted. */
export const listItemsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  sphere: csv(z.enum([...spheres, "unplaced"])).optional(),
  kind: csv(z.enum(itemKinds)).optional(),
  carriedBy: csv(z.enum(carriers)).optional(),
  area: csv(z.uuid()).optional(),
  theme: csv(z.string().max(itemLimits.themeMax)).optional(),
  archived: z.enum(["false", "true", "only"]).default("false"),
  sort: z.enum(itemSortFields).default("name"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ListItemsQuery = z.infer<typeof listItemsQuerySchema>;

export const itemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(itemKinds),
  sphere: sphereSchema.nullable(),
  areas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  themes: z.array(z.string()),
  carriedBy: z.enum(carriers),
  funding: z.string(),
  reach: z.string(),
  archivedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Item = z.infer<typeof itemSchema>;

export const itemPageSchema = z.object({
  items: z.array(itemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ItemPage = z.infer<typeof itemPageSchema>;

export const itemChangeSchema = z.object({
  at: z.string(),
  by: z.string().nullable(),
  action: z.enum(["created", "updated", "archived", "restored", "moved", "imported"]),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type ItemChange = z.infer<typeof itemChangeSchema>;

export const areaInputSchema = z.object({
  name: z.string().trim().min(1).max(itemLimits.areaNameMax),
  kind: z.enum(areaKinds),
  cbsCode: z.string().trim().toUpperCase().refine(isCbsCode).nullable().default(null),
  parentId: z.uuid().nullable().default(null),
});
export type AreaInput = z.infer<typeof areaInputSchema>;

export const areaSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(areaKinds),
  cbsCode: z.string().nullable(),
  parentId: z.uuid().nullable(),
});
export type Area = z.infer<typeof areaSchema>;

export const sphereCountsSchema = z.object({
  personal: z.number(),
  communal: z.number(),
  institutional: z.number(),
  unplaced: z.number(),
});
