/**
 * What the employer received at `POST /__submit`, as field name → values: strings, and uploads as
 * `{file, size}`. Multipart and urlencoded bodies keep their names; a JSON body (React forms) is
 * flattened: nested objects become `a[b]`, arrays repeat the name, `{file, size}` objects are uploads.
 */

export type Upload = { file: string; size: number };
export type ReceivedValue = string | Upload;
export type Received = { fields: Record<string, ReceivedValue[]> };

function add(fields: Record<string, ReceivedValue[]>, name: string, value: ReceivedValue): void {
  const values = fields[name] ?? [];
  values.push(value);
  fields[name] = values;
}

function flatten(fields: Record<string, ReceivedValue[]>, prefix: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(fields, prefix, item);
    return;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.file === "string" && ("size" in record || "type" in record)) {
      add(fields, prefix, { file: record.file, size: Number(record.size ?? 0) });
      return;
    }
    for (const [key, inner] of Object.entries(record)) flatten(fields, prefix ? `${prefix}[${key}]` : key, inner);
    return;
  }
  add(fields, prefix, String(value));
}

export async function parseSubmission(contentType: string, body: Buffer): Promise<Received> {
  const fields: Record<string, ReceivedValue[]> = {};
  const type = contentType.toLowerCase();
  if (type.includes("application/json")) {
    flatten(fields, "", JSON.parse(body.toString("utf8")));
  } else if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") add(fields, name, value);
      else if (value.name || value.size > 0) add(fields, name, { file: value.name, size: value.size });
    }
  } else {
    throw new Error(`the page sent a ${contentType || "body without a type"} to /__submit`);
  }
  return { fields };
}
