import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@nyx/shared";

/**
 * PGlite is one process's database: two processes opening the same folder would corrupt it.
 * A lock file with the owner's pid keeps a second `nyx` process out with a clear message; a lock
 * left behind by a process that no longer runs is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const file = join(dataDir, "db.lock");
  const owner = readOwner(file);
  if (owner !== undefined && owner !== process.pid && isRunning(owner)) {
    throw new AppError(
      "conflict",
      `The embedded database in ${dataDir} is in use by process ${owner} (a running "nyx start"?). ` +
        "Stop it first, or point DATABASE_URL at a Postgres server that several processes can share.",
    );
  }
  writeFileSync(file, String(process.pid), { mode: 0o600 });
  return () => {
    if (readOwner(file) === process.pid) rmSync(file, { force: true });
  };
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
