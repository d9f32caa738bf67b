import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@nyx/shared";

/**
 * Each Nyx server works for one person (several people may share one Postgres, each with their own
 * server and data folder). The person is fixed by the first profile import and kept in the data folder;
 * every query of the pipeline is scoped to them.
 */
const FILE = "owner.json";

export function readOwner(dataDir: string): { userId: string; email: string } | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, FILE), "utf8")) as { userId?: unknown; email?: unknown };
    return typeof value.userId === "string" && typeof value.email === "string"
      ? { userId: value.userId, email: value.email }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Records the owner, or refuses a profile of somebody else. */
export function claimOwner(dataDir: string, userId: string, email: string): void {
  const owner = readOwner(dataDir);
  if (owner && owner.userId !== userId) {
    throw new AppError(
      "conflict",
      `this Nyx server works for ${owner.email}; another person needs their own NYX_DATA_DIR (the database can be shared)`,
    );
  }
  if (!owner) writeFileSync(join(dataDir, FILE), JSON.stringify({ userId, email }), { mode: 0o600 });
}

export function requireOwner(dataDir: string): { userId: string; email: string } {
  const owner = readOwner(dataDir);
  if (!owner) throw new AppError("conflict", 'no profile yet: import one first ("nyx profile import profile.yaml")');
  return owner;
}
