import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Keeps a copy of each CV version in the data folder, named by its hash, so the file Nyx uploads
 * is the one that was imported even if the original is later moved or edited.
 */
export function storeCv(dataDir: string, sha256: string, extension: string, bytes: Uint8Array): string {
  const folder = join(dataDir, "cv");
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, `${sha256}.${extension}`);
  writeFileSync(path, bytes, { mode: 0o600, flag: "w" });
  return path;
}
