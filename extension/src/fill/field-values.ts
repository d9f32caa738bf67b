import type { FieldOption } from "@nyx/shared";
import { booleanProperty, composedClosest, deepQueryAll, safeMatches, stringProperty, tagOf } from "./dom-tree.ts";
import type { FieldDraft } from "./field-drafts.ts";
import { explicitLabels, followingText, type LabelContext } from "./field-label.ts";
import { cleanLabel, normalizeSpace, readableText } from "./field-text.ts";
import { inputType } from "./field-type.ts";
import {
  datalistOptions,
  isPlaceholderText,
  listboxOptions,
  listboxSelection,
  selectedValues,
  selectOptions,
} from "./options.ts";

/** A field's options as the person sees them, and the value it holds now (a site's pre-fill). */
const VALUE_CLASSES = ".select__single-value, .select2-chosen, .select2-selection__rendered, [class*='single-value']";

export function optionsOf(draft: FieldDraft, context: LabelContext): FieldOption[] | undefined {
  const { primary } = draft;
  switch (draft.kind) {
    case "radios":
    case "checkboxes":
      return draft.members.map((member) => {
        const value = member.getAttribute("value") ?? "on";
        return { value, label: optionLabel(member, context) || value };
      });
    case "custom-radios":
      return draft.members.map((member) => {
        const label = cleanLabel(member.getAttribute("aria-label") ?? readableText(member, context.visibility));
        return { value: member.getAttribute("data-value") ?? label, label };
      });
    case "buttons":
    case "dropdown":
    case "listbox":
      return draft.options;
    case "single":
      if (tagOf(primary) === "select") return selectOptions(primary);
      if (draft.type === "combobox") {
        const listed = primary.hasAttribute("list") ? datalistOptions(primary) : [];
        return listed.length > 0 ? listed : listboxOptions(primary, null);
      }
      return undefined;
    default:
      return undefined;
  }
}

function optionLabel(member: Element, context: LabelContext): string {
  const explicit = explicitLabels(member, context)[0] ?? followingText(member, context);
  return explicit?.text ?? "";
}

export function currentValueOf(
  draft: FieldDraft,
  options: FieldOption[] | undefined,
  label: string,
  context: LabelContext,
): string | undefined {
  const { primary } = draft;
  switch (draft.kind) {
    case "radios":
    case "checkboxes": {
      const checked = draft.members.filter((member) => booleanProperty(member, "checked"));
      return checked.map((member) => member.getAttribute("value") ?? "on").join(", ") || undefined;
    }
    case "checkbox":
      return booleanProperty(primary, "checked") || primary.getAttribute("aria-checked") === "true"
        ? "true"
        : undefined;
    case "custom-radios": {
      const index = draft.members.findIndex((member) => member.getAttribute("aria-checked") === "true");
      return index >= 0 ? options?.[index]?.value : undefined;
    }
    case "buttons":
      return draft.current;
    case "editable":
      return normalizeSpace(primary.textContent ?? "") || undefined;
    case "listbox":
      return listboxSelection(primary, options ?? []).join(", ") || undefined;
    case "dropdown": {
      const shown = widgetValue(primary, context) ?? cleanLabel(readableText(primary, context.visibility));
      return shown && shown !== label && !isPlaceholderText(shown) ? shown : undefined;
    }
    case "single": {
      const tag = tagOf(primary);
      if (tag === "select") return selectedValues(primary).join(", ") || undefined;
      if (inputType(primary) === "file") {
        const files: unknown = Reflect.get(primary, "files");
        const names = Array.from((files as ArrayLike<{ name?: unknown }> | undefined) ?? [])
          .map((file) => (typeof file.name === "string" ? file.name : ""))
          .filter(Boolean);
        return names.join(", ") || undefined;
      }
      const value = stringProperty(primary, "value")?.trim();
      if (value && !(inputType(primary) === "hidden")) return value;
      if (draft.type === "combobox") return widgetValue(draft.widget ?? primary, context);
      return value || undefined;
    }
    default:
      return undefined;
  }
}

/** The chosen value a dropdown widget shows (react-select's single value, select2's chosen text). */
function widgetValue(element: Element, context: LabelContext): string | undefined {
  const box =
    composedClosest(element, ".select__control, [class*='select2-container']", 3) ??
    (tagOf(element) === "input" ? (element.parentElement ?? element) : element);
  if (safeMatches(box, ".select2-container") && box.querySelector(".select2-default")) return undefined;
  const shown = deepQueryAll(box, VALUE_CLASSES).find((node) => context.visibility.isShown(node));
  const text = shown ? cleanLabel(readableText(shown, context.visibility)) : "";
  return text && !isPlaceholderText(text) ? text : undefined;
}

/* ------------------------------------------------------------------ names and ids */
