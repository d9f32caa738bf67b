import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/** This server process, as lease holder: several servers may share one database. */
export const LEASE_HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
