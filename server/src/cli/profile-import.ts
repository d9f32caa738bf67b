import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { AppError, type Profile, type ProfileImportResult, ProfileImportResult as ResultSchema } from "@nyx/shared";
import { readToken } from "../auth/token.ts";
import type { Env } from "../env.ts";
import { createLogger } from "../http/logging.ts";
import { importProfile } from "../profiles/import.ts";
import { parseProfileYaml } from "../profiles/parse-yaml.ts";
import { openMigratedDatabase, runningServer } from "../runtime.ts";

/**
 * `nyx profile import FILE`: validates the profile and reads its CV files (paths relative to the
 * profile), then stores it. With a server running on the embedded database (which one process
 * owns), the import goes through that server's API instead.
 */
export async function profileImportCommand(env: Env, file: string): Promise<number> {
  const path = resolve(file);
  const yaml = readText(path);
  const profile = parseProfileYaml(yaml);
  const files = readCvFiles(profile, dirname(path));
  const server = env.DATABASE_URL ? undefined : runningServer(env.NYX_DATA_DIR);
  const result = server
    ? await importViaServer(env, server.port, yaml, files)
    : await importDirect(env, profile, files);
  report(result);
  return 0;
}

async function importDirect(env: Env, profile: Profile, files: Map<string, Uint8Array>): Promise<ProfileImportResult> {
  const database = await openMigratedDatabase(env, createLogger({ level: "warn" }));
  try {
    return await importProfile(database.db, env.NYX_DATA_DIR, { profile, files });
  } finally {
    await database.close();
  }
}

async function importViaServer(
  env: Env,
  port: number,
  yaml: string,
  files: Map<string, Uint8Array>,
): Promise<ProfileImportResult> {
  const token = readToken(env.NYX_DATA_DIR);
  if (!token) throw new AppError("unauthorized", `no token in ${env.NYX_DATA_DIR}`);
  const response = await fetch(`http://127.0.0.1:${port}/api/profiles`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      yaml,
      files: Object.fromEntries([...files].map(([name, bytes]) => [name, Buffer.from(bytes).toString("base64")])),
    }),
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const error = body as { code?: string; message?: string; issues?: AppError["issues"] };
    throw new AppError("bad_request", error.message ?? `the server answered ${response.status}`, {
      ...(error.issues ? { issues: error.issues } : {}),
    });
  }
  return ResultSchema.parse(body);
}

function readCvFiles(profile: Profile, baseDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of profile.resumes) {
    try {
      files.set(entry.file, readFileSync(resolve(baseDir, entry.file)));
    } catch {
      // importProfile names every missing file with its field.
    }
  }
  return files;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new AppError("not_found", `cannot read ${path}`);
  }
}

function report(result: ProfileImportResult): void {
  const p = result.profile;
  const verdict = result.created ? "imported" : result.changed ? "updated" : "unchanged (already imported)";
  process.stdout.write(
    [
      `Profile "${p.profileName}" ${verdict}.`,
      ...result.changes.map((c) => `  - ${c}`),
      `CVs: ${p.resumes.map((r) => `${r.key} v${r.latestVersion}${r.isDefault ? " (default)" : ""}`).join(", ")}`,
      `Cover-letter templates: ${p.coverLetterTemplates.join(", ") || "none"}`,
      "",
    ].join("\n"),
  );
}
