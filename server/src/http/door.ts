import { AppError } from "@nyx/shared";
import { sameSecret } from "../auth/token.ts";

/**
 * The locked door (PRODUCT.md §10), as pure checks shared by the HTTP middleware and the WebSocket
 * upgrade: a web page the person visits can neither read from nor write to the server.
 */

/** DNS rebinding: the Host must name this server exactly. */
export function checkHost(host: string | undefined, port: number): AppError | undefined {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (host !== undefined && allowed.includes(host.toLowerCase())) return undefined;
  return new AppError("forbidden", `requests must be addressed to ${allowed.join(" or ")}`);
}

/** A browser always sends Origin on cross-site writes; only the paired extension may be one. */
export function checkOrigin(origin: string | undefined, pinned: string | undefined): AppError | undefined {
  if (origin === undefined) return undefined;
  if (pinned !== undefined && origin === pinned) return undefined;
  return new AppError(
    "forbidden",
    pinned === undefined ? 'no extension is paired yet: run "nyx pair"' : "this origin is not the paired Nyx extension",
  );
}

/** Bearer token in the Authorization header, never in the URL. */
export function checkBearer(authorization: string | undefined, url: URL, token: string): AppError | undefined {
  for (const key of url.searchParams.keys()) {
    if (/^(token|access_token|auth|authorization|bearer|key|api_key)$/i.test(key)) {
      return new AppError("unauthorized", "the token is never accepted in the URL: send Authorization: Bearer <token>");
    }
  }
  const match = authorization?.match(/^Bearer ([A-Za-z0-9_-]{1,256})$/);
  if (!match?.[1])
    return new AppError("unauthorized", 'send the token as Authorization: Bearer <token> (see "nyx token")');
  if (!sameSecret(match[1], token)) return new AppError("unauthorized", "that token is not this server's token");
  return undefined;
}

/** State changes only with a JSON body. */
export function checkJsonBody(method: string, contentType: string | undefined): AppError | undefined {
  if (method === "GET" || method === "HEAD") return undefined;
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return undefined;
  return new AppError("unsupported_media_type", `${method} requests need Content-Type: application/json`);
}
