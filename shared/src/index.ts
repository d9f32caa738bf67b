export * from "./corrections.ts";
export * from "./errors.ts";
export * from "./profile.ts";
