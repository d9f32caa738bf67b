import type { IncomingMessage } from "node:http";
import { AppError, BEARER_SUBPROTOCOL_PREFIX } from "@nyx/shared";
import { checkBearer, checkHost, checkOrigin } from "../http/door.ts";
import type { DoorConfig } from "../http/guard.ts";

export type UpgradeVerdict = { refusal: AppError } | { refusal?: undefined; protocol: string | undefined };

/**
 * The WebSocket upgrade passes the same door as HTTP: the path /ws, the exact Host, the paired
 * Origin, and the token. A browser cannot set Authorization on a WebSocket, so the token may come
 * as the subprotocol `nyx.bearer.<token>` instead; that subprotocol is then the one the server
 * chooses (a browser drops a connection whose offered subprotocol is not echoed). Every credential
 * offered must be right, and at least one must be offered. Never in the URL.
 */
export function checkUpgrade(request: IncomingMessage, door: DoorConfig): UpgradeVerdict {
  const url = new URL(request.url ?? "/", `http://127.0.0.1:${door.port}`);
  if (url.pathname !== "/ws") return { refusal: new AppError("not_found", "WebSocket connections go to /ws") };
  const early = checkHost(request.headers.host, door.port) ?? checkOrigin(request.headers.origin, door.pinnedOrigin());
  if (early) return { refusal: early };

  const offered = bearerSubprotocols(request.headers["sec-websocket-protocol"]);
  if (offered.length > 1) return { refusal: new AppError("unauthorized", "offer the token subprotocol once") };
  const [protocol] = offered;
  const header = request.headers.authorization;
  if (header === undefined && protocol === undefined) {
    return {
      refusal: new AppError(
        "unauthorized",
        `send the token as Authorization: Bearer <token> or as the subprotocol ${BEARER_SUBPROTOCOL_PREFIX}<token>`,
      ),
    };
  }
  const credentials = [header, protocol && `Bearer ${protocol.slice(BEARER_SUBPROTOCOL_PREFIX.length)}`];
  for (const authorization of credentials) {
    if (authorization === undefined) continue;
    const refusal = checkBearer(authorization, url, door.token);
    if (refusal) return { refusal };
  }
  return { protocol };
}

/** The offered subprotocols that carry a token (the header is a comma-separated list). */
function bearerSubprotocols(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.startsWith(BEARER_SUBPROTOCOL_PREFIX));
}
