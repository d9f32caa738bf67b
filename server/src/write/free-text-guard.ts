import type { Profile } from "@nyx/shared";
import { mentions } from "./normalise.ts";

/**
 * Checks text before it is typed (PRODUCT.md §10): no sentence that names a skill the person never
 * claims, no URL, no unfilled template placeholder; cut to the field's length at a sentence end.
 * Returns undefined when nothing usable is left.
 */
export function guardFreeText(
  text: string,
  profile: Profile,
  options: { maxLength?: number; singleLine?: boolean } = {},
): string | undefined {
  if (/\{\{[^}]*\}\}/.test(text)) return undefined;
  // Line by line, so a letter keeps its greeting, paragraphs and signature.
  const lines = text.split("\n").map((line) =>
    sentences(line)
      .filter((s) => !profile.skills_false.some((skill) => mentions(s, skill)))
      .filter((s) => !/https?:\/\/|www\./i.test(s))
      .join(" "),
  );
  let out = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (options.singleLine) out = out.replace(/\s*\n\s*/g, " ");
  if (options.maxLength !== undefined) out = cut(out, options.maxLength);
  return out.length > 0 ? out : undefined;
}

function sentences(text: string): string[] {
  return text.match(/[^.!?]+(?:[.!?]+|$)/g)?.map((s) => s.trim()) ?? [];
}

/** At most `max` characters, ending at a sentence end when one is late enough, else at a word. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "), head.lastIndexOf(".\n"));
  if (end >= max * 0.5) return head.slice(0, end + 1).trim();
  if (/[.!?]$/.test(head)) return head.trim();
  const word = head.lastIndexOf(" ");
  return (word > 0 ? head.slice(0, word) : head).replace(/[,;:\s-]+$/, "").trim();
}
