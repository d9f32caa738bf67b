import type { FormField } from "@nyx/shared";
import type { Fact, Recognition } from "../facts.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";

/** Answers one recognised field from the profile. */
export type Handler = (field: FormField, rec: Recognition, env: AnswerEnv) => Outcome;
export type Handlers = Partial<Record<Fact, Handler>>;

export const missing = (reason: string): Outcome => ({ kind: "missing", reason });
