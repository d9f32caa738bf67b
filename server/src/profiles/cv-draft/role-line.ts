import { isRemote, placeLike, readCountry } from "./places.ts";
import { fold, splitOutsideParens, words } from "./text.ts";

/** What the lines naming a job say: "Senior Engineer — Acme AG, Basel", "Acme GmbH | Entwicklerin | Berlin". */
export interface RoleLine {
  title?: string;
  company?: string;
  city?: string;
  country?: string;
  /** Which of title and company is which had to be guessed from the order. */
  guessed: boolean;
  /** Pieces that fit nowhere. */
  unplaced: string[];
}

interface Piece {
  text: string;
  /** "Engineer at Acme": the word says which side is the title and which the employer. */
  side?: "title" | "company";
  /** Came after a comma (a place, more likely than a title or an employer). */
  afterComma: boolean;
}

/** Legal forms: a piece carrying one is the employer. */
const LEGAL_FORM =
  /(^|[\s,])(AG|GmbH|mbH|gGmbH|UG|KG|KGaA|OHG|e\.\s?V\.|SE|Ltd\.?|Limited|Inc\.?|LLC|LLP|plc|PLC|Corp\.?|Corporation|Co\.|SA|S\.A\.|SAS|S\.A\.S\.|S\.L\.U?\.?|SARL|EURL|SNC|SCOP|BV|B\.V\.|NV|N\.V\.|Oy|AB|A\/S|ApS|S\.p\.A\.|S\.r\.l\.|Pty)($|[\s,)])/;
/** Words that name organisations; weaker than a job word ("Software Engineer" is a title). */
const ORGANISATION_WORDS = words(`
  group gruppe groupe holding holdings bank banque labs technologies solutions systems consulting
  software studio agency agentur partners ventures capital university universitat universite
  hochschule institute institut hospital klinik klinikum hopital ministry ministerium ministere
  foundation stiftung fondation company startup
`);
/** Job words in English and French (whole words) … */
const JOB_WORDS = words(`
  engineer developer scientist analyst manager consultant architect designer intern lead head director
  officer specialist administrator researcher assistant associate president founder co-founder
  cofounder owner programmer technician student teacher lecturer professor coordinator advisor adviser
  accountant controller auditor editor writer cto ceo cfo coo cio vp principal trainee apprentice
  fellow postdoc representative executive tutor instructor strategist recruiter devops sre ingenieur
  ingenieure developpeur developpeuse chef responsable stagiaire charge chargee directeur directrice
  analyste architecte chercheur chercheuse technicienne alternant alternante conseiller conseillere
  gestionnaire assistante consultante doctorant doctorante enseignant professeur mitarbeiter
  mitarbeiterin sachbearbeiter sachbearbeiterin kaufmann kauffrau auszubildender auszubildende
`);
/** … and the German stems that compound words carry ("Softwareentwicklerin", "Projektleiter"). */
const JOB_STEMS = words(`
  entwickler ingenieur berater leiter analyst wissenschaftler architekt informatiker referent
  spezialist techniker praktikant werkstudent geschaftsfuhrer manager designer
`);

const WORD_SIDE = /\s+(at|bei|chez|@)\s+/i;
const STRONG = /\s+[—–-]\s+|\s*[|·•]\s*|\s+@\s+/;

export function readRoleLine(header: readonly string[]): RoleLine {
  const pieces = header.flatMap(splitPieces);
  const role: RoleLine = { guessed: false, unplaced: [] };
  const rest = [...pieces];
  const take = (piece: Piece | undefined): string | undefined => {
    if (!piece) return undefined;
    rest.splice(rest.indexOf(piece), 1);
    return piece.text;
  };

  const last = rest.at(-1);
  if (last && rest.length > 1 && readCountry(last.text)) role.country = take(last);
  role.company = take(rest.find((p) => LEGAL_FORM.test(p.text)));
  role.title = take(rest.find((p) => jobWords(p.text)) ?? rest.find((p) => p.side === "title"));
  role.company ??= take(rest.find((p) => p.side === "company") ?? rest.find((p) => organisation(p.text)));
  for (const piece of rest.filter((p) => isRemote(p.text))) take(piece);

  if (role.title === undefined || role.company === undefined) {
    const mains = rest.filter((p) => !p.afterComma);
    const [first, second] = mains.length > 0 ? mains : rest;
    if (role.title === undefined && role.company === undefined && second) {
      role.title = take(first);
      role.company = take(second);
      role.guessed = true;
    } else if (role.title === undefined && first && (role.company !== undefined || !placeLike(first.text))) {
      role.title = take(first);
      role.guessed = true;
    } else if (role.company === undefined && first) {
      role.company = take(first);
      role.guessed = first.afterComma;
    }
  }
  const place = rest.find((p) => placeLike(p.text));
  if (place) {
    const country = readCountry(place.text);
    if (country && role.country === undefined) role.country = take(place);
    else if (!country) role.city = take(place);
  }
  role.unplaced = rest.map((p) => p.text);
  return role;
}

/** Whether the pieces name both a job and an employer (so an entry needs no more lines). */
export function roleComplete(header: readonly string[]): boolean {
  const role = readRoleLine(header);
  return role.title !== undefined && role.company !== undefined && !role.guessed;
}

function splitPieces(line: string): Piece[] {
  const sides = line.split(WORD_SIDE);
  // split with a capture group: [title, word, company]
  if (sides.length === 3) {
    return [
      ...strongPieces(sides[0] ?? "").map((p) => ({ ...p, side: "title" as const })),
      ...strongPieces(sides[2] ?? "").map((p) => ({ ...p, side: p.afterComma ? undefined : ("company" as const) })),
    ];
  }
  return strongPieces(line);
}

function strongPieces(text: string): Piece[] {
  return text
    .split(STRONG)
    .flatMap((part) => splitOutsideParens(part, /,/).map((piece, i) => ({ text: piece, afterComma: i > 0 })))
    .filter((p) => p.text.length > 0);
}

function jobWords(text: string): boolean {
  const folded = words(fold(text).replace(/[()/,]/g, " "));
  return folded.some((w) => JOB_WORDS.includes(w) || JOB_STEMS.some((stem) => w.includes(stem)));
}

function organisation(text: string): boolean {
  const folded = words(fold(text));
  return folded.some((w) => ORGANISATION_WORDS.includes(w));
}
