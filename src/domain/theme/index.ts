export * from "./contrast.ts";
export * from "./schema.ts";
