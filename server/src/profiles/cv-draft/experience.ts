import type { DraftProfile } from "@nyx/shared";
import type { CvLine } from "./cv-lines.ts";
import { describeDate, type YearMonth, yearMonth } from "./dates.ts";
import { readEntries } from "./entries.ts";
import type { DraftNotes } from "./notes.ts";
import { readPlaceLine } from "./places.ts";
import { readRoleLine, roleComplete } from "./role-line.ts";
import { collapse } from "./text.ts";

type DraftExperience = NonNullable<DraftProfile["experience"]>[number];

/** Reads the jobs of an experience section: title, employer, dates, place, and a summary from the bullets. */
export function readExperience(lines: readonly CvLine[], notes: DraftNotes): DraftExperience[] {
  const entries = readEntries(lines, {
    singleDates: false,
    complete: roleComplete,
    listedEntry: (rest) => roleComplete([rest]),
  });
  if (entries.length === 0 && lines.length > 0) {
    notes.warn("experience", "the experience section has no dates that could be read, so no job was taken from it");
  }
  return entries.map((entry, i) => {
    const path = `experience.${i}`;
    const role = readRoleLine(entry.header);
    const job: DraftExperience = {};
    if (role.company) job.company = role.company;
    else notes.lack(`${path}.company`);
    if (role.title) job.title = role.title;
    else notes.lack(`${path}.title`);
    if (role.guessed && role.title && role.company) {
      notes.warn(path, `could not tell the job title from the employer in "${entry.header.join(" / ")}"; check both`);
    }
    const start = entry.range?.start;
    const end = entry.range?.end;
    const startMonth = yearMonth(start);
    if (startMonth) job.start = startMonth;
    else {
      notes.lack(`${path}.start`);
      notes.warn(`${path}.start`, `the CV gives "${entry.dateText}"; write the month as YYYY-MM`);
    }
    if (end === null) job.end = null;
    else if (yearMonth(end)) job.end = yearMonth(end);
    else {
      notes.lack(`${path}.end`);
      notes.warn(`${path}.end`, `the CV gives "${entry.dateText}"; write the month as YYYY-MM, or null if it goes on`);
    }
    if (start && end && before(end, start)) {
      notes.warn(path, `ends (${describeDate(end)}) before it starts (${describeDate(start)})`);
    }
    // Some CVs give the place on the line after the dates ("Hamburg, Germany").
    const place = entry.details[0] === undefined ? undefined : readPlaceLine(entry.details[0]);
    const details = place ? entry.details.slice(1) : entry.details;
    const city = role.city ?? place?.city;
    const country = role.country ?? place?.country;
    if (city) job.city = city;
    if (country) job.country = country;
    const summary = collapse(details.join(" "));
    if (summary) job.summary = summary;
    if (role.unplaced.length > 0) notes.warn(path, `not placed in any field: ${role.unplaced.join(", ")}`);
    return job;
  });
}

function before(a: YearMonth, b: YearMonth): boolean {
  return a.year < b.year || (a.year === b.year && (a.month ?? 12) < (b.month ?? 1));
}
