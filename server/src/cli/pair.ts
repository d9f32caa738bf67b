import { createPairingCode } from "../auth/pairing.ts";
import { ensureToken } from "../auth/token.ts";
import type { Env } from "../env.ts";

/** `nyx pair`: a one-time code for the extension's pairing screen. */
export function pairCommand(env: Env): number {
  ensureToken(env.NYX_DATA_DIR);
  const { code, expiresAt } = createPairingCode(env.NYX_DATA_DIR);
  process.stdout.write(
    `Pairing code: ${code}\nEnter it in the Nyx side panel before ${expiresAt.toLocaleTimeString()} (it works once).\n`,
  );
  return 0;
}
