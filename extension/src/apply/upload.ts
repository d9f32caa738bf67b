/** Puts the chosen CV into a file input as if the person had picked it: a DataTransfer, then input and change. */
export function uploadFile(input: Element, file: File): string {
  if (!(input instanceof HTMLInputElement) || input.type !== "file") throw new Error("not a file input");
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  input.dispatchEvent(new Event("change", { bubbles: true, composed: true }));
  return input.files?.[0]?.name ?? "";
}

export function fileFromBase64(name: string, type: string, base64: string): File {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], name, { type });
}
