import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TOKEN_FILE = "token";

/** The server's 256-bit bearer token: created at first start, kept in the data folder with mode 0600. */
export function ensureToken(dataDir: string): string {
  const existing = readToken(dataDir);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const token = randomBytes(32).toString("base64url");
  writeFileSync(join(dataDir, TOKEN_FILE), `${token}\n`, { mode: 0o600, flag: "wx" });
  return token;
}

export function readToken(dataDir: string): string | undefined {
  try {
    const file = join(dataDir, TOKEN_FILE);
    const token = readFileSync(file, "utf8").trim();
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    chmodSync(file, 0o600);
    return token;
  } catch {
    return undefined;
  }
}

/** Compares secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
