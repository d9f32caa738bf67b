import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { createAdaptorServer } from "@hono/node-server";
import { AppError, errorStatus } from "@nyx/shared";
import { WebSocketServer } from "ws";
import { createApp } from "./app.ts";
import type { AppDeps } from "./deps.ts";
import { sendSessionDigest, sendUnsentDigests } from "./digest/index.ts";
import { checkUpgrade } from "./live/handshake.ts";
import { createLiveHub, type LiveHub } from "./live/hub.ts";
import { createTelegram } from "./notify/telegram/index.ts";
import type { Notifier } from "./notify/types.ts";
import { personCommands } from "./sessions/person-commands.ts";
import { createSessionService, type SessionService } from "./sessions/service.ts";

export const LISTEN_HOST = "127.0.0.1";

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 only. WebSocket upgrades on /ws pass the same door as HTTP (exact Host,
 * paired Origin, the token: Authorization header or the `nyx.bearer.<token>` subprotocol) and
 * join the live hub, which the app's routes publish to.
 */
export async function startServer(
  deps: Omit<AppDeps, "door" | "live"> & { door: Omit<AppDeps["door"], "port">; live?: LiveHub },
  port: number,
) {
  const door = { ...deps.door, port };
  const live = deps.live ?? createLiveHub(deps.logger);
  // The phone and the session service need each other: the session tells the phone, the phone's
  // commands act on the session.
  let phone: Notifier | undefined = deps.notifier;
  const notifier: Notifier = {
    get enabled() {
      return phone?.enabled ?? false;
    },
    send: (message) => phone?.send(message) ?? Promise.resolve(undefined),
  };
  const sessions: SessionService =
    deps.sessions ??
    createSessionService({
      env: deps.env,
      db: deps.database.db,
      logger: deps.logger,
      dataDir: deps.dataDir,
      live,
      notifier,
      onEnded: async (sessionId) => {
        const result = await sendSessionDigest({ db: deps.database.db, env: deps.env, logger: deps.logger }, sessionId);
        deps.logger.info({ sessionId, status: result.status }, "session digest");
      },
    });
  const telegram = deps.notifier
    ? undefined
    : createTelegram(
        { env: deps.env, logger: deps.logger },
        personCommands({
          db: deps.database.db,
          dataDir: deps.dataDir,
          sessions,
          code: async () => "No application is waiting for a code.",
        }),
      );
  phone ??= telegram;
  live.onClientMessage((message) => {
    if (message.type !== "working") return;
    sessions.working(message.applications).catch((error: unknown) => {
      deps.logger.warn({ err: error }, "leases not renewed");
    });
  });
  const app = createApp({ ...deps, door, live, sessions, notifier });
  const server = createAdaptorServer({ fetch: app.fetch });
  const chosenProtocol = new WeakMap<IncomingMessage, string>();
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
    // The door already chose: the token subprotocol when one was offered, none otherwise.
    handleProtocols: (_offered, request) => chosenProtocol.get(request) ?? false,
  });
  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const verdict = checkUpgrade(request, door);
    if (verdict.refusal) {
      deps.logger.info({ code: verdict.refusal.code }, "websocket upgrade refused");
      socket.end(
        `HTTP/1.1 ${errorStatus[verdict.refusal.code]} ${verdict.refusal.code}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    if (verdict.protocol !== undefined) chosenProtocol.set(request, verdict.protocol);
    sockets.handleUpgrade(request, socket, head, (ws) => live.attach(ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new AppError(
              "conflict",
              `port ${port} on ${LISTEN_HOST} is in use (another "nyx start"?): choose one with --port`,
            )
          : error,
      ),
    );
    server.listen(port, LISTEN_HOST, () => {
      server.removeAllListeners("error");
      server.on("error", (error) => deps.logger.error({ err: error }, "http server error"));
      // With port 0 the system picks one; the Host check must name the port actually bound.
      door.port = (server.address() as AddressInfo).port;
      resolve();
    });
  });
  await sessions.start();
  await telegram?.start();
  sendUnsentDigests({ db: deps.database.db, env: deps.env, logger: deps.logger }).catch((error: unknown) =>
    deps.logger.warn({ err: error }, "unsent digests not retried"),
  );
  return {
    port: door.port,
    close: async () => {
      await telegram?.stop();
      await sessions.close();
      live.close();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies RunningServer;
}
