/** Traces of a template or of a model talking about itself, which must never reach a form. */
const LEFTOVERS: readonly RegExp[] = [
  /\{\{|\}\}/u,
  /\{\s*[\p{L}_][\p{L}\p{N}_ -]{0,30}\}/u,
  /\[(?:your|insert|company|name|job|position|role|hiring|date|address)\b[^\]]{0,40}\]/iu,
  /<(?:your|insert|company|name|job|position)\b[^>]{0,40}>/iu,
  /\bundefined\b/u,
  /\bNaN\b/u,
  /\[object \w+\]/u,
  /\bas an AI(?: language)? model\b/iu,
  /\bI(?:'m| am) (?:an AI|a (?:large )?language model)\b/iu,
  /\bI (?:can(?:no|')t|am unable to) (?:help|assist|comply) with\b/iu,
];

export function hasLeftovers(text: string): boolean {
  return LEFTOVERS.some((pattern) => pattern.test(text));
}
