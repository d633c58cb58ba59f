export * from "./indicators.ts";
export * from "./plan.ts";
export * from "./roles.ts";
export * from "./snapshot.ts";
