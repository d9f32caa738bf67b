import { collapseWhitespace, stripInvisible } from "./invisible.ts";

/** A model's (or template's) text as it would be typed: no invisible characters, tidy whitespace, one line when the field is one line. */
export function tidyAnswer(text: string, singleLine: boolean): string {
  const tidy = collapseWhitespace(stripInvisible(text));
  return singleLine ? tidy.replace(/\s*\n\s*/g, " ") : tidy;
}
