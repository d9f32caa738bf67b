import { AppError, type ErrorIssue, Profile } from "@nyx/shared";
import { isNode, LineCounter, parseDocument } from "yaml";

const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * Parses and validates `profile.yaml`. Every bad field is named, with its line where the YAML
 * has one (a missing field has none); nothing about the person is echoed back.
 */
export function parseProfileYaml(text: string): Profile {
  if (Buffer.byteLength(text, "utf8") > MAX_PROFILE_BYTES) {
    throw new AppError("payload_too_large", "a profile file is at most 1 MiB");
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const issues: ErrorIssue[] = doc.errors.map((e) => ({
      path: "(yaml)",
      message: e.message.split("\n")[0] ?? "YAML syntax error",
      ...(e.linePos ? { line: e.linePos[0].line } : {}),
    }));
    throw new AppError("validation_failed", "the profile is not valid YAML", { issues });
  }
  const result = Profile.safeParse(doc.toJS({ maxAliasCount: 50 }));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue): ErrorIssue => {
    const node = doc.getIn(issue.path as (string | number)[], true);
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const path = issue.path.map(String).join(".") || "(root)";
    return { path, message: issue.message, ...(line === undefined ? {} : { line }) };
  });
  throw new AppError(
    "validation_failed",
    `the profile has ${issues.length} bad field(s): ${issues.map((i) => i.path).join(", ")}`,
    {
      issues,
    },
  );
}
