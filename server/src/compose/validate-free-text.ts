import type { ExtractedPosting, Profile } from "@nyx/shared";
import { z } from "zod";
import { detectLanguage } from "../extract/language.ts";
import { codeWordsIn, knownTokens } from "./code-words.ts";
import { echoesOf, repeatsEcho } from "./echoes.ts";
import { hasLeftovers } from "./leftovers.ts";
import { emailsIn, linkKey, urlsIn } from "./links.ts";
import { factNumbersIn, numbersIn } from "./numbers.ts";
import { personFactsJson, salaryFigures } from "./person-facts.ts";
import { salaryAmountsIn } from "./salary-mentions.ts";
import { namesSkill } from "./skill-claims.ts";
import { untrustedPostingText } from "./untrusted-posting.ts";

export type FreeTextProblemCode =
  | "shape"
  | "empty"
  | "too_long"
  | "leftover"
  | "url"
  | "email"
  | "skill"
  | "number"
  | "salary"
  | "code_word"
  | "echo"
  | "language";

/** Why a text may not be typed. The message never quotes the text, only the person's own terms. */
export interface FreeTextProblem {
  code: FreeTextProblemCode;
  message: string;
}

export interface ValidationContext {
  profile: Profile;
  posting: Pick<ExtractedPosting, "title" | "company" | "descriptionClean">;
  /** Longest text the field takes. */
  maxLength?: number | undefined;
  /** Two-letter language the text must be in (checked when the text's language can be told). */
  language?: string | undefined;
}

const Text = z.string();

/**
 * Checks a generated text before it can enter a plan (PRODUCT.md §10): a string, not empty, within
 * the length; no template leftovers; no URL or e-mail address but the person's own; no skill from
 * skills_false; every number stated in the person's facts or the job title; any pay amount one of
 * the person's salary figures; no code word that neither the facts nor the posting hold; nothing
 * copied from an instruction the posting addressed to an AI reader; the requested language.
 */
export function validateFreeText(text: unknown, ctx: ValidationContext): FreeTextProblem[] {
  const parsed = Text.safeParse(text);
  if (!parsed.success) return [{ code: "shape", message: "the answer is not a text" }];
  const value = parsed.data;
  if (value.trim() === "") return [{ code: "empty", message: "the answer is empty" }];
  const problems: FreeTextProblem[] = [];
  const add = (code: FreeTextProblemCode, message: string) => problems.push({ code, message });
  const { profile } = ctx;

  if (ctx.maxLength !== undefined && value.length > ctx.maxLength) {
    add("too_long", `the answer is longer than ${ctx.maxLength} characters`);
  }
  if (hasLeftovers(value)) {
    add("leftover", "the answer contains a placeholder or a remark about being an AI");
  }
  const ownLinks = new Set(Object.values(profile.links).map(linkKey));
  if (urlsIn(value).some((url) => !ownLinks.has(linkKey(url)))) add("url", "the answer contains a link");
  if (emailsIn(value).some((email) => email.toLowerCase() !== profile.email.toLowerCase())) {
    add("email", "the answer contains an e-mail address that is not the person's");
  }
  for (const skill of profile.skills_false) {
    if (namesSkill(value, skill)) add("skill", `the answer names ${skill}, a skill the person does not have`);
  }

  const facts = personFactsJson(profile);
  const posting = untrustedPostingText(ctx.posting);
  const allowedNumbers = new Set([...factNumbersIn(facts), ...numbersIn(posting.title)]);
  if (numbersIn(value).some((n) => !allowedNumbers.has(n))) {
    add("number", "the answer states a number that is not in the person's facts or the job title");
  }
  const salaries = new Set(salaryFigures(profile));
  if (salaryAmountsIn(value).some((n) => !salaries.has(n))) {
    add("salary", "the answer states a pay amount that is not the person's salary expectation");
  }
  const known = knownTokens([facts, posting.title, posting.company], posting.description);
  if (codeWordsIn(value).some((token) => !known.has(token.toUpperCase()))) {
    add("code_word", "the answer contains a code word that is in neither the facts nor the posting");
  }
  if (echoesOf(posting.removedInstructions, known).some((echo) => repeatsEcho(value, echo))) {
    add("echo", "the answer repeats words from instructions on the job page, which must be ignored");
  }
  const wanted = ctx.language?.slice(0, 2).toLowerCase();
  const written = detectLanguage(value);
  if (wanted && written && written !== wanted) add("language", `the answer is not written in ${wanted}`);
  return problems;
}
