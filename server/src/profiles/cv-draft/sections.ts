import type { CvLine } from "./cv-lines.ts";
import { type CvLanguage, type HeadingMatch, matchHeading, type SectionKind } from "./headings.ts";
import { words } from "./text.ts";

export interface Section {
  /** "header": what comes before the first heading (name, title, contact lines). */
  kind: SectionKind | "header";
  lines: CvLine[];
  /** Written as "Skills: Python, SQL" on one line rather than under a heading of its own. */
  inline: boolean;
}

export interface CvSections {
  sections: Section[];
  /** How many recognised headings are in each language (a heading shared by two counts half to each). */
  headingLanguages: Record<CvLanguage, number>;
}

const INLINE = /^([^:]{2,40}?)\s*:\s*(.*)$/;

/**
 * Reads a CV's sections from its headings: Markdown headings, bold or underlined lines, and plain
 * lines that are a known heading (as PDF text has them), in English, German or French. A heading
 * with its content on the same line ("Compétences : Python, SQL") makes a section of that line.
 */
export function readSections(lines: readonly CvLine[]): CvSections {
  const headingLanguages: Record<CvLanguage, number> = { en: 0, de: 0, fr: 0 };
  const count = (match: HeadingMatch) => {
    for (const language of match.languages) headingLanguages[language] += 1 / match.languages.length;
  };
  const sections: Section[] = [{ kind: "header", lines: [], inline: false }];
  let block: Section | undefined;
  let blockLevel: number | undefined;
  let inline: Section | undefined;

  const open = (kind: Section["kind"]) => {
    const section: Section = { kind, lines: [], inline: false };
    sections.push(section);
    return section;
  };

  lines.forEach((line, index) => {
    if (inline) {
      // An inline section goes on only while its list does ("Skills: Python, SQL," + "Docker").
      const last = inline.lines.at(-1);
      if (last && /,$/.test(last.text) && line.heading === undefined && !blockHeading(line)) {
        inline.lines.push(line);
        return;
      }
      inline = undefined;
      // Back to the section around the one-line section (or to the header, where contact lines go on).
      block = open(block?.kind ?? "header");
    }
    if (line.heading !== undefined && (index > 0 || line.heading !== 1)) {
      const match = matchHeading(line.text, true);
      if (match) {
        count(match);
        block = open(match.kind);
        blockLevel = line.heading;
        return;
      }
      if (line.heading > 0 && blockLevel !== undefined && blockLevel > 0 && line.heading <= blockLevel) {
        block = open("other");
        return;
      }
    } else if (line.heading === undefined) {
      const labelled = INLINE.exec(line.text);
      const match = labelled?.[1] === undefined ? undefined : matchHeading(labelled[1], false);
      if (labelled && match) {
        count(match);
        const content = (labelled[2] ?? "").trim();
        if (content === "") {
          block = open(match.kind);
          blockLevel = undefined;
        } else {
          inline = { kind: match.kind, lines: [{ ...line, text: content }], inline: true };
          sections.push(inline);
        }
        return;
      }
      const heading = blockHeading(line);
      if (heading) {
        count(heading);
        block = open(heading.kind);
        blockLevel = undefined;
        return;
      }
    }
    (sections.at(-1) ?? open("header")).lines.push(line);
  });
  return { sections: sections.filter((s) => s.lines.length > 0 || s.kind !== "header"), headingLanguages };
}

/** A plain line that is a heading: exactly a known heading, or a short one that starts with one ("Skills & Tools"). */
function blockHeading(line: CvLine): HeadingMatch | undefined {
  if (line.bullet || words(line.text).length > 5 || /[.,;!?]$/.test(line.text)) return undefined;
  return matchHeading(line.text, words(line.text).length <= 4 && !/\d/.test(line.text));
}

export function sectionsOf(cv: CvSections, kind: Section["kind"]): Section[] {
  return cv.sections.filter((s) => s.kind === kind);
}

export function linesOf(cv: CvSections, kind: Section["kind"]): CvLine[] {
  return sectionsOf(cv, kind).flatMap((s) => s.lines);
}
