import { AppError, type ErrorIssue } from "@nyx/shared";
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";

/** A YAML (or JSON) file read for validation: its value, and the line where each path of it starts. */
export interface YamlSource {
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses a YAML or JSON document (JSON is YAML) of at most `maxBytes`; a syntax error is a
 * validation error naming its line. `what` names the document in messages ("the profile").
 */
export function readYaml(text: string, what: string, maxBytes: number): YamlSource {
  if (Buffer.byteLength(text, "utf8") > maxBytes) {
    throw new AppError("payload_too_large", `${what} is at most ${sizeText(maxBytes)}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const issues: ErrorIssue[] = doc.errors.map((e) => ({
      path: "(yaml)",
      message: e.message.split("\n")[0] ?? "YAML syntax error",
      line: e.linePos?.[0].line ?? lineCounter.linePos(e.pos[0]).line,
    }));
    throw new AppError("validation_failed", `${what} is not valid YAML`, { issues });
  }
  return {
    value: doc.toJS({ maxAliasCount: 50 }),
    lineOf: (path) => {
      const node = doc.getIn(path as (string | number)[], true);
      return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
    },
  };
}

/**
 * Zod's issues as ours, each with the line of its field where the document has one. A missing field
 * has none, unless `nearest` asks for the line of the object it is missing from. `docPath` maps a
 * validated path to the document's own (when the value was reshaped before validation).
 */
export function linedIssues(
  error: z.ZodError,
  lineOf: YamlSource["lineOf"],
  options: { nearest?: boolean; docPath?: (path: PropertyKey[]) => PropertyKey[] } = {},
): ErrorIssue[] {
  const docPath = options.docPath ?? ((path) => path);
  return error.issues.map((issue): ErrorIssue => {
    const own = lineOf(docPath(issue.path));
    const line =
      own ?? (options.nearest && issue.path.length > 0 ? lineOf(docPath(issue.path.slice(0, -1))) : undefined);
    const path = issue.path.map(String).join(".") || "(root)";
    return { path, message: issue.message, ...(line === undefined ? {} : { line }) };
  });
}

function sizeText(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes % mib === 0 ? `${bytes / mib} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
