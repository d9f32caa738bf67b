import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Postgres settings for one person's database in the server's own process. The defaults are for
 * a machine that serves many: 128 MB of shared buffers alone is more than Nyx's whole data.
 */
export const PGLITE_CONF = [
  "shared_buffers=8MB",
  "wal_buffers=1MB",
  "temp_buffers=2MB",
  "work_mem=2MB",
  "maintenance_work_mem=16MB",
];

const INITDB_SCRIPT = fileURLToPath(new URL("./pglite-initdb.mjs", import.meta.url));

/**
 * Opens the embedded Postgres in `folder`, creating the cluster first if there is none.
 *
 * Two choices keep its memory small. V8 compiles Postgres's WebAssembly with Liftoff only: the
 * optimised second copy TurboFan makes of hot functions doubled resident memory and was no faster
 * on Nyx's queries. And a new cluster is made by initdb in a short-lived child process: initdb is
 * a second WebAssembly program, and the memory it touched stayed resident in the server after it
 * finished (about 100 MB).
 */
export async function openPgliteClient(folder: string): Promise<PGlite> {
  setFlagsFromString("--liftoff-only");
  if (!existsSync(join(folder, "PG_VERSION"))) initCluster(folder);
  const { PGlite } = await import("@electric-sql/pglite");
  return PGlite.create(folder, { postgresqlconf: PGLITE_CONF });
}

function initCluster(folder: string): void {
  try {
    execFileSync(process.execPath, ["--liftoff-only", INITDB_SCRIPT, folder], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 120_000,
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not create the embedded database in ${folder}${stderr ? `: ${stderr}` : ""}`, {
      cause: error,
    });
  }
}
