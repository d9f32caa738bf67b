import type { DraftProfile } from "@nyx/shared";
import type { CvLine } from "./cv-lines.ts";
import { type DateRange, describeDate, yearMonth } from "./dates.ts";
import { degreeComplete, readDegree, readDegreeLine } from "./degree-line.ts";
import { type CvEntry, headerLike, readEntries } from "./entries.ts";
import type { DraftNotes } from "./notes.ts";
import { splitOutsideParens } from "./text.ts";

type DraftEducation = NonNullable<DraftProfile["education"]>[number];

/** Reads the degrees of an education section: degree, field, school, and the months when the CV gives them. */
export function readEducation(lines: readonly CvLine[], notes: DraftNotes): DraftEducation[] {
  let entries = readEntries(lines, {
    singleDates: true,
    complete: degreeComplete,
    listedEntry: (rest) => headerLike(rest),
  });
  if (entries.length === 0) entries = undatedDegrees(lines);
  return entries.map((entry, i) => {
    const path = `education.${i}`;
    const line = readDegreeLine(entry.header);
    const degree: DraftEducation = {};
    if (line.school) degree.school = line.school;
    else notes.lack(`${path}.school`);
    if (line.degree) degree.degree = line.degree;
    else notes.lack(`${path}.degree`);
    if (line.field) degree.field = line.field;
    readDates(entry.range, entry.dateText, degree, path, notes);
    if (line.unplaced.length > 0) notes.warn(path, `not placed in any field: ${line.unplaced.join(", ")}`);
    return degree;
  });
}

function readDates(
  range: DateRange | undefined,
  dateText: string,
  degree: DraftEducation,
  path: string,
  notes: DraftNotes,
): void {
  if (!range) return;
  const start = yearMonth(range.start);
  const end = range.end === null ? null : yearMonth(range.end ?? range.single);
  if (start) degree.start = start;
  if (end !== undefined) degree.end = end;
  const yearsOnly = [range.start, range.end, range.single].filter((d) => d && !d.month).map(describeDate);
  if (yearsOnly.length > 0) {
    notes.warn(path, `the CV gives "${dateText}" (years only); add the months as YYYY-MM if you want them recorded`);
  }
}

/** Degrees listed without dates: each line that starts with a degree is one. */
function undatedDegrees(lines: readonly CvLine[]): CvEntry[] {
  return lines
    .filter((l) => headerLike(l.text) && splitOutsideParens(l.text, /,/).some((p) => readDegree(p) !== undefined))
    .map((l) => ({ header: [l.text], range: undefined, dateText: "", details: [] }));
}
