import { AppError, Profile } from "@nyx/shared";
import { linedIssues, readYaml } from "../text/yaml-source.ts";

const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * Parses and validates `profile.yaml`. Every bad field is named, with its line where the YAML
 * has one (a missing field has none); nothing about the person is echoed back.
 */
export function parseProfileYaml(text: string): Profile {
  const source = readYaml(text, "the profile", MAX_PROFILE_BYTES);
  const result = Profile.safeParse(source.value);
  if (result.success) return result.data;
  const issues = linedIssues(result.error, source.lineOf);
  throw new AppError(
    "validation_failed",
    `the profile has ${issues.length} bad field(s): ${issues.map((i) => i.path).join(", ")}`,
    {
      issues,
    },
  );
}
