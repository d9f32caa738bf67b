import { fileURLToPath } from "node:url";

/** Where `pnpm build:extension` puts the unpacked Chrome extension. */
export function extensionBuildDir(): string {
  return fileURLToPath(new URL("../../../extension/.output/chrome-mv3", import.meta.url));
}
