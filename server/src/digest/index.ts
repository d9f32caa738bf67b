// The session digest e-mail (PRODUCT.md §6): what a session did, written to session_digests and sent once.
export { buildSessionDigest } from "./build.ts";
export type { DigestTransport } from "./mail-transport.ts";
export { renderDigest } from "./render.ts";
export { type DigestDeps, type DigestSendResult, type DigestSendStatus, sendSessionDigest } from "./send.ts";
export type {
  DigestError,
  OutcomeCounts,
  RenderedDigest,
  SessionDigest,
  WaitingApplication,
} from "./types.ts";
export { sendUnsentDigests } from "./unsent.ts";
