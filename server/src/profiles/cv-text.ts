import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

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
  return tidy(await documentText("pdf", bytes));
}

async function docxText(bytes: Uint8Array): Promise<string> {
  return tidy(await documentText("docx", bytes));
}

const DOCUMENT_READER = fileURLToPath(new URL("./document-text.mjs", import.meta.url));
const READ_TIMEOUT_MS = 60_000;

/** The text of a PDF or Word file, read by a child process (see document-text.mjs for why). */
function documentText(kind: "pdf" | "docx", bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DOCUMENT_READER, kind], {
      env: {}, // the reader needs nothing from the environment, and gets none of its secrets
      stdio: ["pipe", "pipe", "pipe"],
      timeout: READ_TIMEOUT_MS,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out).toString("utf8"));
      const why = Buffer.concat(err).toString("utf8").trim();
      reject(new Error(why || (signal ? `reading the ${kind} file took too long` : `could not read the ${kind} file`)));
    });
    child.stdin.on("error", () => undefined); // a reader that failed early closes its input; the exit says why
    child.stdin.end(bytes);
  });
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
