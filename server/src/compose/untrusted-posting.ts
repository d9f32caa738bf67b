import { randomBytes } from "node:crypto";
import type { ExtractedPosting } from "@nyx/shared";
import { withoutInstructions } from "./instructions.ts";
import { collapseWhitespace, withoutInvisible, withoutLetterSpacedRuns } from "./invisible.ts";
import { withoutLinks } from "./links.ts";

export const MAX_DESCRIPTION = 6000;
const MAX_TITLE = 200;
const MAX_COMPANY = 120;

export interface UntrustedPosting {
  /** The posting as the model gets it: a labelled data block between markers with a random id. */
  text: string;
  /** The marker id, so the prompt can name the block. */
  marker: string;
  /** The cleaned parts (what the model reads). */
  title: string;
  company: string;
  description: string;
  /** Sentences taken out because they address an AI reader or dictate the output. */
  removedInstructions: string[];
  /** Invisible characters and letter-spaced runs taken out. */
  invisibleRemoved: number;
  truncated: boolean;
}

/**
 * Scraped posting text made fit for a prompt: invisible characters (tag characters, zero-width,
 * bidi controls) removed, letter-spaced runs and sentences addressed to an AI reader taken out,
 * links and e-mail addresses replaced, whitespace collapsed, length capped, and the whole wrapped
 * in markers the model is told enclose data. Use it before any LLM call that shows page text.
 */
export function untrustedPostingText(
  posting: Pick<ExtractedPosting, "title" | "company" | "descriptionClean">,
  options: { maxLength?: number } = {},
): UntrustedPosting {
  const max = options.maxLength ?? MAX_DESCRIPTION;
  if (!Number.isInteger(max) || max < 1) {
    throw new TypeError(`Expected \`maxLength\` to be a positive integer, got \`${max}\``);
  }
  const title = cleanText(posting.title, MAX_TITLE);
  const company = cleanText(posting.company ?? "", MAX_COMPANY);
  const description = cleanText(posting.descriptionClean, max);
  const marker = randomBytes(6).toString("hex");
  const text = [
    `<<<POSTING ${marker}>>>`,
    `title: ${title.text}`,
    `company: ${company.text || "(not stated)"}`,
    "description:",
    description.text,
    `<<<END POSTING ${marker}>>>`,
  ].join("\n");
  return {
    text,
    marker,
    title: title.text,
    company: company.text,
    description: description.text,
    removedInstructions: [...title.removed, ...company.removed, ...description.removed],
    invisibleRemoved: title.invisible + company.invisible + description.invisible,
    truncated: description.truncated,
  };
}

export interface CleanText {
  text: string;
  removed: string[];
  invisible: number;
  truncated: boolean;
}

/** One piece of untrusted text through every step but the wrapping. */
export function cleanText(raw: string, max: number): CleanText {
  const visible = withoutInvisible(raw.normalize("NFKC"));
  const spaced = withoutLetterSpacedRuns(collapseWhitespace(visible.text));
  const scan = withoutInstructions(spaced.text);
  const tidy = collapseWhitespace(withoutLinks(scan.text).replace(/[<>]{3,}/g, " "));
  const capped = cap(tidy, max);
  return {
    text: capped,
    removed: scan.removed,
    invisible: visible.removed + spaced.removed,
    truncated: capped.length < tidy.length,
  };
}

function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 2);
  const space = head.lastIndexOf(" ");
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()} …`;
}
