import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCv } from "../src/profiles/cv-text.ts";
import { docx } from "./cv-files.ts";
import { FIXTURES } from "./support.ts";

describe("reading CV files", () => {
  it("reads a PDF's text", async () => {
    const cv = await readCv("cv.pdf", readFileSync(new URL("profile/ada-lovelace-cv.pdf", FIXTURES)));
    expect(cv.format).toBe("pdf");
    expect(cv.text).toMatch(/Ada Lovelace/);
    expect(cv.text).toMatch(/PyTorch/);
    expect(cv.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads a DOCX's text", async () => {
    const cv = await readCv("cv.docx", await docx(["Ada Lovelace", "Senior Machine Learning Engineer"]));
    expect(cv).toMatchObject({ format: "docx", extension: "docx" });
    expect(cv.text).toBe("Ada Lovelace\n\nSenior Machine Learning Engineer");
  });

  it("keeps Markdown and plain text as text, LaTeX as latex", async () => {
    const md = await readCv("cv.md", readFileSync(new URL("profile/ada-lovelace-cv.md", FIXTURES)));
    expect(md.format).toBe("txt");
    expect(md.text).toMatch(/^# /);
    expect((await readCv("cv.txt", Buffer.from("Ada\r\nLovelace  \n"))).text).toBe("Ada\nLovelace");
    expect((await readCv("cv.tex", Buffer.from("\\section{Ada}"))).format).toBe("latex");
  });

  it("gives the same hash for the same bytes and another for changed bytes", async () => {
    const a = await readCv("a.txt", Buffer.from("same"));
    const b = await readCv("b.txt", Buffer.from("same"));
    const c = await readCv("c.txt", Buffer.from("changed"));
    expect(a.sha256).toBe(b.sha256);
    expect(c.sha256).not.toBe(a.sha256);
  });

  it("refuses what it cannot read, saying why", async () => {
    await expect(readCv("cv.pdf", Buffer.from("hello"))).rejects.toThrow(/not a PDF/);
    await expect(readCv("cv.txt", Buffer.from([0xff, 0xfe, 0x00]))).rejects.toThrow(/UTF-8/);
    await expect(readCv("cv.txt", Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(readCv("cv.docx", Buffer.from("PK not a zip"))).rejects.toThrow(/zip|central directory/i);
    // A broken PDF: the reader's own words come back from its child process.
    await expect(readCv("cv.pdf", Buffer.from("%PDF-1.7\nthis is not a PDF body"))).rejects.toThrow(/PDF/);
    await expect(readCv("cv.exe", Buffer.from("MZ"))).rejects.toThrow(/must be/);
  });
});
