import type { BulkCounts } from "@nyx/shared";
import { storage } from "wxt/utils/storage";

/** Where the Nyx server listens; the person can change it in the side panel. */
export const serverUrl = storage.defineItem<string>("local:serverUrl", {
  fallback: "http://127.0.0.1:8765",
  version: 1,
});

/** The bearer token from pairing. Extension pages and the background only: never content scripts. */
export const serverToken = storage.defineItem<string | null>("local:serverToken", {
  fallback: null,
  version: 1,
});

/** The last "Hunt all jobs on this page": when, where, and the server's counts (the side panel shows them). */
export const lastBulkEnqueue = storage.defineItem<(BulkCounts & { at: string; pageUrl: string }) | null>(
  "local:lastBulkEnqueue",
  { fallback: null, version: 1 },
);
