import type { Api } from "grammy";

/** The AbortSignal type grammy declares (from its `abort-controller` shim for old Node versions). */
export type GrammySignal = NonNullable<Parameters<Api["getMe"]>[0]>;

/**
 * A native AbortSignal for grammy's methods: at run time grammy only listens for its "abort" event,
 * which the native signal provides; only the shim's declared types differ.
 */
export function forGrammy(signal: AbortSignal): GrammySignal {
  return signal as unknown as GrammySignal;
}
