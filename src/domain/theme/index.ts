export * from "./contrast.ts";
export * from "./schema.ts";
export * from "./tokens.ts";
