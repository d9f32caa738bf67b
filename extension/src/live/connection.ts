import { BEARER_SUBPROTOCOL_PREFIX, LiveClientMessage, type LiveConnectionStatus, LiveEvent } from "@nyx/shared";
import { type BackoffPolicy, backoffDelay, checkPolicy, RECONNECT_POLICY } from "./backoff.ts";
import { liveSocketUrl } from "./live-url.ts";
import { browserSocket, type LiveSocket, type LiveSocketFactory } from "./socket.ts";

export interface LiveTarget {
  serverUrl: string;
  /** null before pairing: nothing to connect to. */
  token: string | null;
}

export interface LiveConnectionOptions {
  /** Where to connect, read afresh on every attempt (the person may re-pair or move the server). */
  target: () => Promise<LiveTarget>;
  onEvent: (event: LiveEvent) => void;
  onStatus: (status: LiveConnectionStatus) => void;
  socket?: LiveSocketFactory;
  policy?: BackoffPolicy;
  /** A message this often keeps the MV3 service worker awake while the socket is open (Chrome ≥ 116). */
  pingMs?: number;
  random?: () => number;
}

export interface LiveConnection {
  /** Connects now, dropping any socket or pending retry (start, and after the token changes). */
  connect(): Promise<void>;
  /** Connects unless connected, connecting or waiting to retry (a wake-up alarm calls this). */
  ensure(): Promise<void>;
  stop(): void;
  /** Sends a message to the server if the socket is open; false when it is not (nothing is queued). */
  send(message: LiveClientMessage): boolean;
  readonly status: LiveConnectionStatus;
}

/** The ping the server ignores; any message counts as activity for the service worker. */
export const PING = JSON.stringify({ type: "ping" });

/**
 * The background's WebSocket to the paired server: the token as the `nyx.bearer.<token>`
 * subprotocol, every message checked against `LiveEvent` (anything else is ignored), a ping every
 * 20 s while open, and when the socket closes (server restart, network, sleep) a retry after an
 * exponential, capped, jittered wait. Each connect() starts a new generation; callbacks of an older
 * socket are ignored, so a token change never leaves two sockets.
 */
export function createLiveConnection(options: LiveConnectionOptions): LiveConnection {
  const policy = checkPolicy(options.policy ?? RECONNECT_POLICY);
  const pingMs = options.pingMs ?? 20_000;
  if (!(Number.isFinite(pingMs) && pingMs > 0)) throw new TypeError("pingMs: a positive number");
  const openSocket = options.socket ?? browserSocket;

  let generation = 0;
  let attempt = 0;
  let socket: LiveSocket | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;
  let status: LiveConnectionStatus = { state: "connecting" };
  let busy = false;

  const setStatus = (next: LiveConnectionStatus) => {
    status = next;
    options.onStatus(next);
  };
  const quiet = () => {
    clearTimeout(retry);
    clearInterval(ping);
    retry = undefined;
    ping = undefined;
    const old = socket;
    socket = undefined;
    old?.close();
  };
  const scheduleRetry = (gen: number, error: string) => {
    const delay = backoffDelay(attempt, policy, options.random);
    attempt += 1;
    setStatus({ state: "reconnecting", retryInMs: delay, error });
    retry = setTimeout(() => {
      if (gen === generation) void connect();
    }, delay);
  };

  async function connect(): Promise<void> {
    const gen = ++generation;
    quiet();
    busy = true;
    let target: LiveTarget;
    try {
      target = await options.target();
    } catch (error) {
      if (gen === generation) scheduleRetry(gen, `Could not read the pairing: ${String(error)}`);
      return;
    } finally {
      busy = false;
    }
    if (gen !== generation) return;
    if (!target.token) {
      attempt = 0;
      setStatus({ state: "unpaired" });
      return;
    }
    let url: string;
    try {
      url = liveSocketUrl(target.serverUrl);
    } catch (error) {
      setStatus({ state: "reconnecting", error: `${(error as Error).message}: fix the server address.` });
      return;
    }
    setStatus(attempt === 0 ? { state: "connecting" } : { ...status, state: "reconnecting" });
    let greeted = false;
    socket = openSocket(url, [`${BEARER_SUBPROTOCOL_PREFIX}${target.token}`], {
      open: () => {
        if (gen !== generation) return;
        ping = setInterval(() => {
          if (socket?.isOpen()) socket.send(PING);
        }, pingMs);
      },
      message: (data) => {
        if (gen !== generation) return;
        const event = parseEvent(data);
        if (!event) {
          console.warn("Nyx: ignored a live message that is not a known event");
          return;
        }
        if (event.type === "hello") {
          greeted = true;
          attempt = 0;
          setStatus({ state: "connected" });
        }
        options.onEvent(event);
      },
      close: () => {
        if (gen !== generation) return;
        clearInterval(ping);
        socket = undefined;
        scheduleRetry(
          gen,
          greeted
            ? "The connection to the Nyx server dropped."
            : `The Nyx server at ${target.serverUrl} does not answer or refused the token. Is "pnpm nyx start" running? If it is, pair again.`,
        );
      },
    });
  }

  return {
    connect,
    async ensure() {
      if (busy || socket || retry !== undefined) return;
      return connect();
    },
    stop() {
      generation += 1;
      quiet();
    },
    send(message) {
      const checked = LiveClientMessage.parse(message);
      if (!socket?.isOpen()) return false;
      socket.send(JSON.stringify(checked));
      return true;
    },
    get status() {
      return status;
    },
  };
}

function parseEvent(data: unknown): LiveEvent | undefined {
  if (typeof data !== "string") return undefined;
  try {
    const parsed = LiveEvent.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
