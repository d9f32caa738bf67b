// All tables of shared/spec/schema-reference.md (39), one file per domain, plus the caches (nyx_cache)
// and the queue leases (nyx_runtime) that live outside the design.

export * from "./analytics.ts";
export * from "./applications.ts";
export * from "./cache.ts";
export * from "./config.ts";
export * from "./corrections.ts";
export * from "./events.ts";
export * from "./identity.ts";
export * from "./interviews.ts";
export * from "./llm.ts";
export * from "./qa.ts";
export * from "./runtime.ts";
export * from "./saturnus.ts";
export * from "./sessions.ts";
export * from "./sourcing.ts";
