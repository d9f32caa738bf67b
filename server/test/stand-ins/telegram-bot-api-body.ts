import type { IncomingMessage } from "node:http";

/**
 * A lenient multipart/form-data reader for stand-ins: grammy writes its parts as
 * `content-disposition:form-data;name="x"` (no space) and unquoted filenames, which stricter
 * parsers reject. Returns the text fields and the files (bytes kept as they came).
 */
export interface MultipartFile {
  filename: string;
  bytes: Buffer;
}

export function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: Record<string, MultipartFile> } {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (marker === undefined) throw new Error("multipart body without a boundary");
  const fields: Record<string, string> = {};
  const files: Record<string, MultipartFile> = {};
  const delimiter = Buffer.from(`--${marker}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    const part = body.subarray(partStart + 2, next - 2); // skip the CRLF after the delimiter and before the next
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /(?:^|;)\s*name="([^"]*)"/im.exec(headers)?.[1];
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (name !== undefined) {
      if (filename !== undefined) files[name] = { filename, bytes: Buffer.from(content) };
      else fields[name] = content.toString("utf8");
    }
    start = next;
  }
  return { fields, files };
}

/** The body of a Bot API call. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A Bot API call's parameters: JSON as it is, multipart fields with their JSON values parsed (grammy stringifies objects). */
export function parseParams(
  body: Buffer,
  contentType: string,
): { params: Record<string, unknown>; files: Record<string, MultipartFile> } {
  if (contentType.startsWith("multipart/form-data")) {
    const { fields, files } = parseMultipart(body, contentType);
    const params: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) params[key] = /^[[{]/.test(value) ? jsonOr(value) : value;
    return { params, files };
  }
  const text = body.toString("utf8").trim();
  const parsed = text === "" ? {} : jsonOr(text);
  const params = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return { params, files: {} };
}

function jsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
