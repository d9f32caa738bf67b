// Prints the text of the PDF or Word document read from stdin; `node document-text.mjs pdf|docx`.
// cv-text.ts runs it as a short-lived child process: the PDF and Word libraries are large, and a
// server that loaded them once to read a CV would carry them for the rest of its life.
const kind = process.argv[2];
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = Buffer.concat(chunks);

try {
  if (kind === "pdf") {
    const { PDFParse } = await import("pdf-parse");
    const parser = new PDFParse({ data });
    try {
      process.stdout.write((await parser.getText()).text);
    } finally {
      await parser.destroy();
    }
  } else if (kind === "docx") {
    const { default: mammoth } = await import("mammoth");
    process.stdout.write((await mammoth.extractRawText({ buffer: data })).value);
  } else {
    throw new Error(`unknown document kind "${kind}"`);
  }
} catch (error) {
  process.stderr.write(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
