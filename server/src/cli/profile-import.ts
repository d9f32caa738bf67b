import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { AppError, type Profile, type ProfileImportResult, ProfileImportResult as ResultSchema } from "@nyx/shared";
import type { Env } from "../env.ts";
import { importProfile } from "../profiles/import.ts";
import { parseProfileYaml } from "../profiles/parse-yaml.ts";
import { viaServerOrDatabase } from "./target.ts";

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
  const result = await viaServerOrDatabase(env, {
    path: "/api/profiles",
    body: {
      yaml,
      files: Object.fromEntries([...files].map(([name, bytes]) => [name, Buffer.from(bytes).toString("base64")])),
    },
    parse: (body) => ResultSchema.parse(body),
    direct: (db) => importProfile(db, env.NYX_DATA_DIR, { profile, files }),
  });
  report(result);
  return 0;
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
