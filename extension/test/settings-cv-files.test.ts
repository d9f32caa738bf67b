import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cvFileNames, filesFor } from "../entrypoints/sidepanel/settings/cv-files.ts";

const ADA_YAML = readFileSync(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url), "utf8");

/** Settings → Import a profile: the chosen CV files are sent under the names the profile gives them. */
describe("matching chosen CV files to a profile.yaml", () => {
  it("reads every file name, in flow and block style, quoted or not", () => {
    const yaml = [
      "resumes:",
      "  - { key: a, file: cv/a.pdf, language: en }",
      "  - key: b",
      '    file: "docs/b lebenslauf.docx"',
      "  - { key: c, file: 'c.md' }",
    ].join("\n");
    expect(cvFileNames(yaml)).toEqual(["cv/a.pdf", "docs/b lebenslauf.docx", "c.md"]);
    expect(cvFileNames(ADA_YAML)).toHaveLength(3);
  });

  it("keys each chosen file by the profile's name for it, in base64, and leaves out what was not chosen", async () => {
    const yaml = "resumes:\n  - { key: a, file: cv/a.pdf }\n  - { key: b, file: b.md }\n";
    const files = [new File([new Uint8Array([0, 1, 2, 255])], "a.pdf"), new File(["other"], "unrelated.md")];
    expect(await filesFor(yaml, files)).toEqual({ "cv/a.pdf": Buffer.from([0, 1, 2, 255]).toString("base64") });
  });
});
