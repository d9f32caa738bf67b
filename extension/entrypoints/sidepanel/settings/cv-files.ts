/** A file's bytes in base64, for the JSON bodies of the profile import and the CV draft. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The CV file names a profile.yaml gives (`file: cv/ada.pdf`), so chosen files can be matched to them by name. */
export function cvFileNames(yaml: string): string[] {
  return [...yaml.matchAll(/\bfile:\s*["']?([^"',}\n]+?)["']?\s*(?:[,}\n]|$)/g)].flatMap((m) =>
    m[1] ? [m[1].trim()] : [],
  );
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * Each chosen CV file in base64, keyed by the name the profile gives it (matched on the file's
 * own name). A CV the person did not choose is left out; the server then names it.
 */
export async function filesFor(yaml: string, files: readonly File[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of cvFileNames(yaml)) {
    const file = files.find((f) => f.name === baseName(name));
    if (file) out[name] = await fileToBase64(file);
  }
  return out;
}
