import { isRemote, placeLike, readCountry } from "./places.ts";
import { fold, splitOutsideParens, trimSeparators, words } from "./text.ts";

/** What the lines naming a degree say: "MSc Computer Science, ETH Zurich", "Diplôme d'ingénieur en informatique — INSA Lyon". */
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
  fachhochschule institute institut polytechnic polytechnique eth epfl tu ecole academy akademie
  gymnasium lycee kantonsschule conservatoire insa iut hec essec uni
`);

export function readDegreeLine(header: readonly string[]): DegreeLine {
  const pieces = header.flatMap((line) =>
    line.split(/\s+[—–-]\s+|\s*[|·•]\s*|\s+(?:at|an der|à l['’]|a l')\s+/i).flatMap((p) => splitOutsideParens(p, /,/)),
  );
  const line: DegreeLine = { unplaced: [] };
  const rest: string[] = [];
  for (const piece of pieces) {
    const degree = line.degree === undefined ? readDegree(piece) : undefined;
    if (degree) {
      line.degree = degree.degree;
      if (degree.field) line.field = degree.field;
    } else {
      rest.push(piece);
    }
  }
  const schoolAt = rest.findIndex((p) => words(fold(p).replace(/[()]/g, " ")).some((w) => SCHOOL_WORDS.includes(w)));
  if (schoolAt >= 0) {
    line.school = rest[schoolAt];
    // "Master of Science, Computer Science, ETH Zurich": the piece before the school is the field.
    const fieldAt = line.degree !== undefined && line.field === undefined && schoolAt > 0 ? schoolAt - 1 : -1;
    if (fieldAt >= 0) line.field = rest[fieldAt];
    rest.splice(Math.max(0, fieldAt >= 0 ? fieldAt : schoolAt), fieldAt >= 0 ? 2 : 1);
  } else {
    const schoolless = rest.findIndex((p) => !readCountry(p) && !isRemote(p));
    if (schoolless >= 0) line.school = rest.splice(schoolless, 1)[0];
  }
  line.unplaced = rest.filter((p) => !placeLike(p));
  return line;
}

/** Whether the lines name a degree and a school (so an entry needs no more lines). */
export function degreeComplete(header: readonly string[]): boolean {
  const line = readDegreeLine(header);
  return line.degree !== undefined && line.school !== undefined;
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
