import { matchHeading } from "./headings.ts";
import { fold, unshout, words } from "./text.ts";

/** Words that start a family name ("Ludwig van Beethoven", "Anne de Vries"). */
const PARTICLES = new Set([
  "von",
  "van",
  "de",
  "der",
  "den",
  "du",
  "des",
  "da",
  "di",
  "del",
  "della",
  "le",
  "la",
  "zu",
  "ten",
  "ter",
  "dos",
  "das",
  "af",
  "av",
  "bin",
  "ibn",
  "al",
  "el",
]);
const DOCUMENT_WORDS = new Set([
  "cv",
  "resume",
  "curriculum vitae",
  "lebenslauf",
  "curriculum",
  "vita",
  "profil",
  "profile",
]);
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

export interface PersonName {
  first: string;
  last: string;
  /** The split between first and last name was a guess (more than two words, no capitals or particle to go by). */
  guessed: boolean;
}

/** Whether a line reads as a person's name: two to five capitalised words, nothing else. */
export function nameLike(text: string): boolean {
  const ws = words(text);
  if (ws.length < 2 || ws.length > 5 || /[\d@/:]/.test(text)) return false;
  if (documentTitle(text) || matchHeading(text, false)) return false;
  return ws.every((w) => NAME_WORD.test(w) || PARTICLES.has(w.toLowerCase())) && NAME_WORD.test(ws[0] ?? "");
}

/** "Curriculum Vitae", "Lebenslauf", "CV": the document's title, not the person's name. */
export function documentTitle(text: string): boolean {
  return DOCUMENT_WORDS.has(fold(text).replace(/\s+/g, " ").trim());
}

/** Splits a written name into first and last: "Marie DUPONT" → Marie + Dupont; "Anne de Vries" → Anne + de Vries. */
export function splitName(text: string): PersonName | undefined {
  const ws = words(text);
  if (ws.length < 2) return undefined;
  // "DURAND", not "Q." (an initial) nor "O'NEIL-" fragments: two letters at least, all capitals.
  const shouted = ws.map(
    (w) => (w.match(/\p{L}/gu) ?? []).length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase(),
  );
  if (shouted.some((s) => s) && !shouted.every((s) => s)) {
    const last = ws.filter((_, i) => shouted[i]).map(unshout);
    const first = ws.filter((_, i) => !shouted[i]);
    return { first: first.join(" "), last: last.join(" "), guessed: false };
  }
  const plain = ws.map(unshout);
  const particle = plain.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
  const cut = particle > 0 ? particle : plain.length - 1;
  return {
    first: plain.slice(0, cut).join(" "),
    last: plain.slice(cut).join(" "),
    // "John Q. Smith": middle initials leave no doubt.
    guessed: particle < 0 && plain.slice(1, -1).some((w) => !/^\p{Lu}\.$/u.test(w)),
  };
}
