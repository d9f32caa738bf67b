export * from "./corrections.ts";
export * from "./errors.ts";
export * from "./form.ts";
export * from "./posting.ts";
export * from "./profile.ts";
