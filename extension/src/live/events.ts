import type { LiveEvent } from "@nyx/shared";

export type LiveEventType = LiveEvent["type"];
export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;
type Handler = (event: LiveEvent) => void | Promise<void>;

const handlers = new Map<LiveEventType, Set<Handler>>();

/**
 * Subscribes a background module to one kind of server event (already checked against the shared
 * `LiveEvent` schema), e.g. `onLiveEvent("apply", ({ applicationId, url }) => …)`. Returns the
 * function that unsubscribes. One failing handler never stops the others; its error is logged.
 */
export function onLiveEvent<T extends LiveEventType>(
  type: T,
  handler: (event: LiveEventOf<T>) => void | Promise<void>,
): () => void {
  const set = handlers.get(type) ?? new Set<Handler>();
  handlers.set(type, set);
  const wrapped: Handler = (event) => handler(event as LiveEventOf<T>);
  set.add(wrapped);
  return () => set.delete(wrapped);
}

/** Hands one event to every handler of its type (the connection calls this). */
export function dispatchLiveEvent(event: LiveEvent): void {
  for (const handler of handlers.get(event.type) ?? []) {
    try {
      Promise.resolve(handler(event)).catch((error: unknown) =>
        console.error(`Nyx: ${event.type} handler failed`, error),
      );
    } catch (error) {
      console.error(`Nyx: ${event.type} handler failed`, error);
    }
  }
}
