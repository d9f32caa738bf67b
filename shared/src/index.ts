export * from "./corrections.ts";
export * from "./errors.ts";
export * from "./form.ts";
export * from "./hunt.ts";
export * from "./jobs.ts";
export * from "./posting.ts";
export * from "./profile.ts";
export * from "./settings.ts";
