import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** A picture of a worker tab as sent by the extension: JPEG or PNG bytes, else nothing. */
export function screenshotBytes(base64: string | undefined): { bytes: Buffer; type: "jpg" | "png" } | undefined {
  if (!base64) return undefined;
  const bytes = Buffer.from(base64, "base64");
  if (startsWith(bytes, JPEG)) return { bytes, type: "jpg" };
  if (startsWith(bytes, PNG)) return { bytes, type: "png" };
  return undefined;
}

/**
 * Keeps a screenshot in the data folder (`screenshots/`, readable by the person only) under a
 * name nobody can guess; the database records only the name. Returns it.
 */
export function saveScreenshot(dataDir: string, shot: { bytes: Buffer; type: "jpg" | "png" }): string {
  const folder = join(dataDir, "screenshots");
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = `${randomUUID()}.${shot.type}`;
  writeFileSync(join(folder, name), shot.bytes, { mode: 0o600 });
  return name;
}
