import type { Db } from "@nyx/db";
import { AppError, DEFAULT_SETTINGS, issuesFromZod, Settings } from "@nyx/shared";
import { loadConfig, saveConfig } from "./config-rows.ts";

const NAME = "settings";

/**
 * The person's settings: the newest active `system_configs` row named "settings", over the
 * owner's defaults. Saving writes a new row and retires the old one, so every version is kept.
 */
export async function loadSettings(db: Db): Promise<Settings> {
  const json = await loadConfig(db, NAME);
  if (json === undefined) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(db: Db, patch: unknown): Promise<Settings> {
  const current = await loadSettings(db);
  const merged = Settings.safeParse({ ...current, ...(isObject(patch) ? patch : {}) });
  if (!isObject(patch) || !merged.success) {
    const issues = merged.success ? [{ path: "(root)", message: "expected an object" }] : issuesFromZod(merged.error);
    throw new AppError(
      "validation_failed",
      `invalid settings: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      {
        issues,
      },
    );
  }
  await saveConfig(db, NAME, merged.data, "user");
  return merged.data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
