import { createHash, randomInt } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@nyx/shared";
import { sameSecret } from "./token.ts";

/**
 * Pairing: `nyx pair` writes a short-lived one-time code (only its hash) into the data folder; the
 * extension sends the code once and receives the token, and its `chrome-extension://` origin is
 * pinned. Wrong guesses burn the code after a few tries.
 */

const CODE_FILE = "pairing.json";
const PINNED_FILE = "extension.json";
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
export const PAIRING_TTL_MS = 10 * 60 * 1000;
export const PAIRING_MAX_ATTEMPTS = 5;
export const EXTENSION_ORIGIN = /^chrome-extension:\/\/([a-p]{32})$/;

interface PendingCode {
  hash: string;
  expiresAt: number;
  attempts: number;
}

export function createPairingCode(dataDir: string, now = Date.now()): { code: string; expiresAt: Date } {
  const raw = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const pending: PendingCode = { hash: hashCode(raw), expiresAt: now + PAIRING_TTL_MS, attempts: 0 };
  writeFileSync(join(dataDir, CODE_FILE), JSON.stringify(pending), { mode: 0o600 });
  return { code: `${raw.slice(0, 4)}-${raw.slice(4)}`, expiresAt: new Date(pending.expiresAt) };
}

/** Checks a code and, when right, consumes it and pins the extension id. Throws AppError otherwise. */
export function redeemPairingCode(dataDir: string, code: string, origin: string | undefined, now = Date.now()): string {
  const extensionId = origin?.match(EXTENSION_ORIGIN)?.[1];
  if (!extensionId) throw new AppError("forbidden", "pairing is only possible from the Nyx extension");
  const file = join(dataDir, CODE_FILE);
  const pending = readPending(file);
  if (!pending || pending.expiresAt < now) {
    rmSync(file, { force: true });
    throw new AppError("unauthorized", 'no pairing code is waiting, or it expired: run "nyx pair" for a new one');
  }
  if (!sameSecret(hashCode(normalise(code)), pending.hash)) {
    const attempts = pending.attempts + 1;
    if (attempts >= PAIRING_MAX_ATTEMPTS) rmSync(file, { force: true });
    else writeFileSync(file, JSON.stringify({ ...pending, attempts }), { mode: 0o600 });
    throw new AppError("unauthorized", "that pairing code is wrong");
  }
  rmSync(file, { force: true });
  writeFileSync(join(dataDir, PINNED_FILE), JSON.stringify({ extensionId, pairedAt: new Date(now).toISOString() }), {
    mode: 0o600,
  });
  return extensionId;
}

/** The paired extension's origin, or undefined before pairing. */
export function pinnedOrigin(dataDir: string): string | undefined {
  try {
    const { extensionId } = JSON.parse(readFileSync(join(dataDir, PINNED_FILE), "utf8")) as { extensionId?: unknown };
    return typeof extensionId === "string" && /^[a-p]{32}$/.test(extensionId)
      ? `chrome-extension://${extensionId}`
      : undefined;
  } catch {
    return undefined;
  }
}

function readPending(file: string): PendingCode | undefined {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<PendingCode>;
    if (typeof value.hash !== "string" || typeof value.expiresAt !== "number" || typeof value.attempts !== "number") {
      return undefined;
    }
    return { hash: value.hash, expiresAt: value.expiresAt, attempts: value.attempts };
  } catch {
    return undefined;
  }
}

function normalise(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

function hashCode(code: string): string {
  return createHash("sha256").update(normalise(code)).digest("hex");
}
