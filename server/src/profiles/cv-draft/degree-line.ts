import { isRemote, placeLike, readCountry } from "./places.ts";
import { fold, splitOutsideParens, trimSeparators, words } from "./text.ts";

/** What the lines naming a degree say: "MSc Physics, University of Basel", "Diplôme d'ingénieur en chimie — École Centrale". */
export interface DegreeLine {
  degree?: string;
  field?: string;
  school?: string;
  unplaced: string[];
}

/** Degree names and abbreviations in English, German and French, longest first where one starts another. */
const DEGREES = [
  "Master of Business Administration",
  "(?:Master|Bachelor|Doctor|Magister)(?:'s)? of (?:Science|Arts|Engineering|Laws|Philosophy|Fine Arts|Education|Technology|Music|Business Administration)(?: \\([^)]*\\))?",
  "(?:Master|Bachelor)(?:'s)? degree",
  "Dipl\\.-[A-Z][a-z]+\\.(?: \\(FH\\))?",
  "Diplom-[A-Z][a-zäöü]+(?:\\(in\\)|in)?",
  "Diplôme d['’]ingénieur",
  "Diplôme",
  "Diplom",
  "Dr\\. (?:rer\\. nat\\.|phil\\.|ing\\.|med\\.|rer\\. pol\\.)",
  "M\\. ?Sc\\.?",
  "B\\. ?Sc\\.?",
  "M\\.A\\.",
  "B\\.A\\.",
  "M\\.S\\.",
  "B\\.S\\.",
  "M\\. ?Eng\\.?",
  "B\\. ?Eng\\.?",
  "Ph\\. ?D\\.?",
  "LL\\.M\\.?",
  "LL\\.B\\.?",
  "MSc",
  "BSc",
  "MEng",
  "BEng",
  "MBA",
  "BBA",
  "MPhil",
  "DPhil",
  "MRes",
  "PhD",
  "MA",
  "BA",
  "MS",
  "BS",
  "Master 2",
  "Master 1",
  "Master",
  "Bachelor",
  "Mastère",
  "Licence",
  "Maîtrise",
  "Doctorat",
  "Doktor",
  "Promotion",
  "Habilitation",
  "Staatsexamen",
  "Magister",
  "Abitur",
  "Fachabitur",
  "Matura",
  "Maturité",
  "Baccalauréat",
  "DUT",
  "BTS",
];
const DEGREE_START = new RegExp(`^(${DEGREES.join("|")})(?=$|[\\s,(:–—-])`, "u");
const DEGREE_IN_BRACKETS = new RegExp(`\\((${DEGREES.join("|")})\\)`, "u");
const FIELD_LEAD = /^(?:(?:in|en|of|im Fach|de)\s+|d['’]\s*|[:–—-]\s*)/i;

const SCHOOL_WORDS = words(`
  university universitat universite universidad universita college school schule hochschule
  fachhochschule institute institut polytechnic polytechnique tu ecole academy akademie
  gymnasium lycee kantonsschule conservatoire iut uni
`);

/**
 * `guessSchool`: without a school word (University, Hochschule, École, …) the piece left over is
 * taken as the school; off while deciding whether an entry needs another line.
 */
export function readDegreeLine(header: readonly string[], guessSchool = true): DegreeLine {
  const pieces = header.flatMap((line) =>
    line.split(/\s+[—–-]\s+|\s*[|·•]\s*|\s+(?:at|an der|à l['’]|a l')\s+/i).flatMap((p) => splitOutsideParens(p, /,/)),
  );
  const line: DegreeLine = { unplaced: [] };
  let degreeAt = -1;
  const rest: Array<{ text: string; at: number }> = [];
  pieces.forEach((text, at) => {
    const degree = readDegree(text);
    if (degree && line.degree === undefined) {
      line.degree = degree.degree;
      if (degree.field) line.field = degree.field;
      degreeAt = at;
    } else if (degree && !degree.field && at === degreeAt + 1) {
      degreeAt = at; // the same degree abbreviated: "Master of Science - MS"
    } else {
      rest.push({ text, at });
    }
  });
  const take = (piece: { text: string; at: number } | undefined) => {
    if (piece) rest.splice(rest.indexOf(piece), 1);
    return piece?.text;
  };
  const place = (text: string) => readCountry(text) !== undefined || isRemote(text);
  // "MSc, Physics, University of Basel": the piece right after a degree without a field is its field.
  const next = rest.find((p) => p.at === degreeAt + 1 && !schoolWord(p.text) && !place(p.text));
  const fieldPiece = line.degree !== undefined && line.field === undefined ? next : undefined;
  line.school = take(rest.find((p) => schoolWord(p.text)));
  if (line.school === undefined && guessSchool) {
    const other = rest.find((p) => p !== fieldPiece && !place(p.text));
    line.school = take(other ?? fieldPiece);
  }
  if (fieldPiece && rest.includes(fieldPiece)) line.field = take(fieldPiece);
  line.unplaced = rest.map((p) => p.text).filter((p) => !placeLike(p));
  return line;
}

/** Whether the lines name a degree and a school (so an entry needs no more lines). */
export function degreeComplete(header: readonly string[]): boolean {
  const line = readDegreeLine(header, false);
  return line.degree !== undefined && line.school !== undefined;
}

function schoolWord(text: string): boolean {
  return words(fold(text).replace(/[()]/g, " ")).some((w) => SCHOOL_WORDS.includes(w));
}

/** "MSc Computer Science" → MSc + Computer Science; "Informatik (M.Sc.)" → M.Sc. + Informatik. */
export function readDegree(piece: string): { degree: string; field?: string } | undefined {
  const start = DEGREE_START.exec(piece);
  if (start?.[1]) {
    const field = trimSeparators(piece.slice(start[1].length).trim().replace(FIELD_LEAD, ""));
    return { degree: start[1].trim(), ...(field ? { field } : {}) };
  }
  const bracketed = DEGREE_IN_BRACKETS.exec(piece);
  if (bracketed?.[1]) {
    const field = trimSeparators(piece.replace(bracketed[0], ""));
    return { degree: bracketed[1], ...(field ? { field } : {}) };
  }
  return undefined;
}
