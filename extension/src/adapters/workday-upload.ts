import type { FieldReport, PlannedField } from "@nyx/shared";
import type { FieldHandle } from "../apply/field-handle.ts";
import type { FillContext } from "../apply/fill-field.ts";
import { uploadFile } from "../apply/upload.ts";

/**
 * Workday's attachments (`file-upload-input-ref`): an uploaded file shows as an item in the same
 * upload box, while the input itself may be empty again (the step re-rendered). Uploading again
 * would attach the CV twice, so a file already listed there counts as done.
 */

const UPLOAD_INPUT = "input[type=file][data-automation-id=file-upload-input-ref], input[type=file]";
const BOX = "[data-automation-id*=FileUpload i], [data-automation-id=attachments-FileUpload]";
const ITEM_NAME = "[data-automation-id=file-upload-item-name], [data-automation-id=file-upload-item] [title]";

/** The names of the files the upload box already holds. */
export function uploadedNames(input: Element): string[] {
  const box = input.closest(BOX) ?? input.parentElement?.parentElement;
  if (!box) return [];
  return Array.from(box.querySelectorAll(ITEM_NAME)).map((item) =>
    (item.getAttribute("title") ?? item.textContent ?? "").trim(),
  );
}

/** The planned CV put into the upload box, unless the box lists a file of that name already. */
export async function uploadOnce(
  handle: FieldHandle,
  planned: PlannedField,
  context: FillContext,
): Promise<FieldReport | undefined> {
  const [input] = handle.members;
  if (handle.field.type !== "file" || !input?.matches(UPLOAD_INPUT) || !planned.resumeVersionId) return undefined;
  if (uploadedNames(input).length === 0) return undefined;
  const file = await context.resume(planned.resumeVersionId);
  const shown = uploadedNames(input).includes(file.name) ? file.name : uploadFile(input, file);
  return {
    ref: handle.field.ref,
    label: handle.field.label.slice(0, 500),
    ...(handle.field.name ? { name: handle.field.name.slice(0, 500) } : {}),
    action: "upload_file",
    shown,
    ok: shown === file.name,
  };
}
