import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { createAdaptorServer } from "@hono/node-server";
import { AppError, errorStatus } from "@nyx/shared";
import { WebSocketServer } from "ws";
import { createApp } from "./app.ts";
import type { AppDeps } from "./deps.ts";
import { checkUpgrade } from "./live/handshake.ts";
import { createLiveHub, type LiveHub } from "./live/hub.ts";
import { createServices } from "./services.ts";

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
  const services = createServices(deps, live);
  const app = createApp({
    ...deps,
    door,
    live,
    llm: services.llm,
    sessions: services.sessions,
    notifier: services.notifier,
  });
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
  await services.start();
  return {
    port: door.port,
    close: async () => {
      await services.stop();
      live.close();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies RunningServer;
}
