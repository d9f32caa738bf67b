/** "Write": which fact a field asks for, the fill plan, and the offline free-text writer. */
export { FACTS, type Fact, type FreeTextKind, type Recognition } from "./facts.ts";
export type { FreeTextRequest, FreeTextResult, FreeTextWriter } from "./free-text.ts";
export { createOfflineWriter } from "./offline-writer/index.ts";
export { planFill } from "./plan-fill.ts";
export type { Effort, PlanContext, ResumeChoice } from "./plan-types.ts";
export { recogniseField } from "./recognise-field.ts";
