import type { Job, Material } from "./material.ts";

/** One language's sentences for the offline writer. Each returns "" or [] when its facts are missing. */
export interface Phrases {
  lang: string;
  list(items: readonly string[]): string;
  /** Why this role and company: the reason, the current job, the wish to bring it in. */
  why(m: Material): string[];
  /** One sentence on why this role, for a letter that has already named it. */
  whyThisRole(m: Material): string;
  /** Who the person is. */
  about(m: Material): string[];
  /** The job that fits the question, told from the profile. */
  experience(m: Material, job: Job): string[];
  education(m: Material): string;
  languages(m: Material): string;
  /** Fills {{hiring_team}} in a profile template. */
  hiringTeam(m: Material): string;
  /** The advertised role when the title cannot be used. */
  someRole: string;
  someCompany: string;
  letter: { greeting: string; opening(m: Material): string; closing(m: Material): string; signoff: string };
}

const VERB =
  /^(lead|led|build|built|own|run|ran|cut|set|drive|drove|write|wrote|teach|taught|ship|design|develop|manage|create|deliver|implement|maintain|improve|launch|architect|migrate|automate|scale|mentor|train|research|coordinate|analy[sz]e|support|establish|introduce|reduce|increase|define|plan|oversee|head|grow|grew|found|co-?found|work|(?!(?:embedd|spe|se|fe|ne|b|r|sh)ed$)[a-z]+ed)$/i;

/**
 * A summary in the first person (English only: summaries are the person's own English words):
 * "Lead a team …" → "I lead a team …"; "Demand forecasting …" → "my work includes demand forecasting …".
 */
export function firstPerson(summary: string, current = true): string {
  const s = summary.trim().replace(/\.$/, "");
  if (/^i\b/i.test(s)) return s;
  const [firstWord = ""] = s.split(/\s+/);
  const lowered = `${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  if (VERB.test(firstWord)) return `I ${lowered}`;
  return `my work ${current ? "includes" : "included"} ${lowered}`;
}

export function year(date: string | null): string | undefined {
  return date?.slice(0, 4);
}
