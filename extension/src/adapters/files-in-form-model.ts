import type { FormDescription } from "@nyx/shared";
import { composedClosest } from "../fill/dom-tree.ts";
import { resolveRef } from "../fill/field-ref.ts";

/**
 * Keeps only the file fields that belong to the site's form model (`container` is how the site
 * wraps each of its fields) when there are any: a drop zone outside it ("autofill from your
 * resume") parses the CV and writes over what was filled, and sends nothing itself.
 */
export function filesInFormModel(form: FormDescription, root: Document | Element, container: string): FormDescription {
  const inModel = (ref: string) => resolveRef(root, ref).some((el) => composedClosest(el, container) !== null);
  const files = form.fields.filter((field) => field.type === "file");
  if (!files.some((field) => inModel(field.ref))) return form;
  return { ...form, fields: form.fields.filter((field) => field.type !== "file" || inModel(field.ref)) };
}
