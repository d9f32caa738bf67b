import type { FormField } from "@nyx/shared";
import { DICTIONARIES } from "./dictionaries/index.ts";
import { normalise } from "./normalise.ts";

/** Names that traps for bots use: "website_url_hp", "hp_email", "beecatcher", "honeypot". */
const TRAP_NAME = /(^|[^a-z0-9])(hp|honeypot|honey_?pot|bot_?trap|spam_?trap|beecatcher|nospam)([^a-z0-9]|$)/;

/** A field no person should fill: named as a trap, or labelled "leave this field empty" in any language. */
export function isHoneypot(field: FormField): boolean {
  for (const id of [field.name, field.id]) {
    if (id !== undefined && TRAP_NAME.test(id.toLowerCase())) return true;
  }
  const text = normalise([field.label, field.hint ?? "", field.placeholder ?? ""].join(" "));
  return DICTIONARIES.some((d) => d.options.honeypot.test(text));
}
