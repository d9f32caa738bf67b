import { LiveClientMessage, LiveEvent } from "@nyx/shared";
import type { Logger } from "pino";
import type { WebSocket } from "ws";

/** What the app's routes need: tell every connected extension what just happened. */
export interface LivePublisher {
  publish(event: LiveEvent): void;
}

export interface LiveHub extends LivePublisher {
  /** Takes an authenticated socket: greets it, sends it every event, forgets it when it closes. */
  attach(socket: WebSocket): void;
  /** In-process listeners (tests, later the notifier); returns the function that removes it. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  /** What the extension says over the socket (its `working` heartbeats); returns the remover. */
  onClientMessage(listener: (message: LiveClientMessage) => void): () => void;
  readonly size: number;
  close(): void;
}

export const LIVE_VERSION = 1;

/**
 * The live hub: one broadcast to every connected, authenticated socket. Publishing never throws
 * into a caller whose work is already committed; a bad event is logged (by type only: events carry
 * the person's data, logs never do) and dropped. A socket that stops answering pings is dropped.
 */
export function createLiveHub(logger: Logger, options: { heartbeatMs?: number } = {}): LiveHub {
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  if (!Number.isInteger(heartbeatMs) || heartbeatMs < 10) throw new TypeError("heartbeatMs: a whole number ≥ 10");
  const log = logger.child({ module: "live" });
  const sockets = new Map<WebSocket, { alive: boolean }>();
  const listeners = new Set<(event: LiveEvent) => void>();
  const clientListeners = new Set<(message: LiveClientMessage) => void>();

  const heartbeat = setInterval(() => {
    for (const [socket, state] of sockets) {
      if (!state.alive) {
        socket.terminate();
        continue;
      }
      state.alive = false;
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  const send = (socket: WebSocket, data: string) => {
    if (socket.readyState !== socket.OPEN) return;
    socket.send(data, (error) => {
      if (error) log.warn({ err: error }, "live event not delivered");
    });
  };

  return {
    attach(socket) {
      const state = { alive: true };
      sockets.set(socket, state);
      const seen = () => {
        state.alive = true;
      };
      socket.on("pong", seen);
      // Any message is a sign of life; pings keep the extension's service worker awake, `working`
      // messages keep its leases. Anything else is ignored (by type only in the log).
      socket.on("message", (data) => {
        seen();
        let parsed: unknown;
        try {
          parsed = JSON.parse(String(data));
        } catch {
          return;
        }
        const message = LiveClientMessage.safeParse(parsed);
        if (!message.success) return void log.debug("ignored a client message that is not in the protocol");
        for (const listener of clientListeners) {
          try {
            listener(message.data);
          } catch (error) {
            log.warn({ err: error, type: message.data.type }, "client message listener failed");
          }
        }
      });
      socket.on("close", () => {
        sockets.delete(socket);
        log.debug({ connections: sockets.size }, "live connection closed");
      });
      socket.on("error", (error) => log.warn({ err: error }, "live connection error"));
      send(socket, JSON.stringify({ type: "hello", version: LIVE_VERSION } satisfies LiveEvent));
      log.info({ connections: sockets.size }, "live connection opened");
    },
    publish(event) {
      const checked = LiveEvent.safeParse(event);
      if (!checked.success) {
        log.error({ type: (event as { type?: unknown }).type }, "live event does not match the schema; not sent");
        return;
      }
      const data = JSON.stringify(checked.data);
      for (const socket of sockets.keys()) send(socket, data);
      for (const listener of listeners) {
        try {
          listener(checked.data);
        } catch (error) {
          log.warn({ err: error, type: event.type }, "live listener failed");
        }
      }
      log.debug({ type: event.type, connections: sockets.size }, "live event");
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onClientMessage(listener) {
      clientListeners.add(listener);
      return () => clientListeners.delete(listener);
    },
    get size() {
      return sockets.size;
    },
    close() {
      clearInterval(heartbeat);
      for (const socket of sockets.keys()) socket.terminate();
      sockets.clear();
      listeners.clear();
      clientListeners.clear();
    },
  };
}
