import type { MiddlewareHandler } from "hono";
import { EXTENSION_ORIGIN } from "../auth/pairing.ts";
import { checkBearer, checkHost, checkJsonBody, checkOrigin } from "./door.ts";
import type { AppEnv } from "./types.ts";

export interface DoorConfig {
  port: number;
  token: string;
  /** The paired extension's origin, read on every request so that re-pairing takes effect at once. */
  pinnedOrigin: () => string | undefined;
}

/**
 * Host and Origin on every request. On `openToAnyExtension` paths (health, pairing) an extension
 * that is not paired yet may call too, so it can find the server and pair; web pages never can.
 */
export function hostAndOrigin(door: DoorConfig, options: { openToAnyExtension: string[] }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const hostError = checkHost(c.req.header("host"), door.port);
    if (hostError) throw hostError;
    const origin = c.req.header("origin");
    const anyExtension = options.openToAnyExtension.includes(c.req.path) && EXTENSION_ORIGIN.test(origin ?? "");
    if (!anyExtension) {
      const originError = checkOrigin(origin, door.pinnedOrigin());
      if (originError) throw originError;
    }
    await next();
  };
}

/** Token and JSON-only writes, for everything under /api. */
export function apiDoor(door: DoorConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authError = checkBearer(c.req.header("authorization"), new URL(c.req.url), door.token);
    if (authError) throw authError;
    const typeError = checkJsonBody(c.req.method, c.req.header("content-type"));
    if (typeError) throw typeError;
    await next();
  };
}

/** Writes need a JSON body even outside /api (pairing). */
export function jsonOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const typeError = checkJsonBody(c.req.method, c.req.header("content-type"));
    if (typeError) throw typeError;
    await next();
  };
}
