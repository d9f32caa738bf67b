import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { AppError } from "@nyx/shared";
import { draftProfileFromCv } from "../profiles/cv-draft/draft-profile.ts";
import { renderDraftYaml } from "../profiles/cv-draft/draft-yaml.ts";
import { requiredToImport } from "../profiles/cv-draft/missing.ts";

/**
 * `nyx profile draft CV [--out FILE]`: reads a CV into a draft profile.yaml for the person to review
 * and complete; prints it, or writes it to a new file (never over an existing one). The draft names
 * the CV by its path from the draft's folder, so `nyx profile import` finds it.
 */
export async function profileDraftCommand(cvFile: string, out: string | undefined): Promise<number> {
  const cvPath = resolve(cvFile);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(cvPath);
  } catch {
    throw new AppError("not_found", `cannot read ${cvPath}`);
  }
  const result = await draftProfileFromCv({ bytes, filename: basename(cvPath) });
  const target = out === undefined ? undefined : resolve(out);
  const resume = result.draft.resumes?.[0];
  if (resume)
    resume.file = relative(target === undefined ? process.cwd() : dirname(target), cvPath)
      .split(sep)
      .join("/");
  const yaml = renderDraftYaml(result, basename(cvPath));
  if (target === undefined) {
    process.stdout.write(yaml);
    return 0;
  }
  try {
    writeFileSync(target, yaml, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new AppError("conflict", `${target} exists already; nothing was written (choose another --out)`);
    }
    throw new AppError("bad_request", `cannot write ${target}`, { cause: error });
  }
  const required = result.missing.filter(requiredToImport).length;
  process.stdout.write(
    [
      `Draft profile written to ${target}.`,
      `${result.missing.length} field(s) to fill in (${required} required by import), ${result.warnings.length} to check: see the comments.`,
      `Then: nyx profile import ${out}`,
      "",
    ].join("\n"),
  );
  return 0;
}
