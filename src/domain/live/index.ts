export * from "./agenda.ts";
export * from "./join-code.ts";
export * from "./protocol.ts";
export * from "./template.ts";
