import { createHash } from "node:crypto";
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";

export type SourceFormat = "pdf" | "txt" | "docx" | "latex";
export const MAX_CV_BYTES = 20 * 1024 * 1024;

export interface CvContent {
  format: SourceFormat;
  extension: string;
  text: string;
  sha256: string;
}

/** Reads a CV file's text (for matching and embeddings) and its hash (for versioning). */
export async function readCv(fileName: string, bytes: Uint8Array): Promise<CvContent> {
  if (bytes.byteLength === 0) throw new Error("the file is empty");
  if (bytes.byteLength > MAX_CV_BYTES) throw new Error("a CV file is at most 20 MiB");
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  switch (extension) {
    case "pdf":
      return { format: "pdf", extension, sha256, text: await pdfText(bytes) };
    case "docx":
      return { format: "docx", extension, sha256, text: await docxText(bytes) };
    case "tex":
      return { format: "latex", extension, sha256, text: utf8(bytes) };
    case "md":
    case "markdown":
    case "txt":
      // The design knows no Markdown format: Markdown is plain text; the file name keeps the extension.
      return { format: "txt", extension, sha256, text: utf8(bytes) };
    default:
      throw new Error("a CV file must be .pdf, .md, .txt, .docx or .tex");
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!Buffer.from(bytes.subarray(0, 5)).toString("latin1").startsWith("%PDF-"))
    throw new Error("this is not a PDF file");
  const parser = new PDFParse({ data: Buffer.from(bytes) });
  try {
    const result = await parser.getText();
    return tidy(result.text);
  } finally {
    await parser.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return tidy(result.value);
}

function utf8(bytes: Uint8Array): string {
  try {
    return tidy(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new Error("the file is not UTF-8 text");
  }
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
