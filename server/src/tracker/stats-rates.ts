import type { Db } from "@nyx/db";
import type { Rates, Stats } from "@nyx/shared";
import { type SQL, sql } from "drizzle-orm";
import { hasOutcome, INTERVIEW_OR_LATER, RESPONSES } from "./outcomes.ts";

type Group = {
  effort: string;
  company_id: string | null;
  company: string | null;
  submitted: number;
  responses: number;
  interviews: number;
  offers: number;
};

/**
 * Response, interview and offer rates over the person's applications submitted between `lo` and
 * `hi` (shared/src/stats.ts Rates says what counts): overall, by effort, and for the `top`
 * companies with the most submitted.
 */
export async function responseRates(
  db: Db,
  userId: string,
  range: { lo: SQL; hi: SQL },
  top: number,
): Promise<Stats["rates"]> {
  const { rows } = await db.execute<Group>(sql`
    with sent as (
      select applications.effort_level as effort, job_posts.company_id, companies.name as company,
             ${hasOutcome(RESPONSES)} as responded,
             ${hasOutcome(INTERVIEW_OR_LATER)}
               or exists (select 1 from interviews where interviews.application_id = applications.id) as interviewed,
             ${hasOutcome(["offer"])}
               or exists (select 1 from interview_outcomes join interviews on interviews.id = interview_outcomes.interview_id
                           where interviews.application_id = applications.id and interview_outcomes.offer_extended) as offered
        from applications
        join job_posts on job_posts.id = applications.job_post_id
        left join companies on companies.id = job_posts.company_id
       where applications.user_id = ${userId} and applications.application_status = 'submitted'
         and applications.application_submitted_at >= ${range.lo} and applications.application_submitted_at < ${range.hi})
    select effort, company_id::text as company_id, company,
           count(*)::int as submitted,
           (count(*) filter (where responded or interviewed or offered))::int as responses,
           (count(*) filter (where interviewed or offered))::int as interviews,
           (count(*) filter (where offered))::int as offers
      from sent group by effort, company_id, company`);
  const byCompany = new Map<string, Group[]>();
  for (const g of rows) {
    const key = g.company_id ?? "";
    byCompany.set(key, [...(byCompany.get(key) ?? []), g]);
  }
  return {
    overall: rates(rows),
    byEffort: {
      low: rates(rows.filter((g) => g.effort === "low")),
      medium: rates(rows.filter((g) => g.effort === "medium")),
      high: rates(rows.filter((g) => g.effort === "high")),
    },
    byCompany: [...byCompany.values()]
      .map((groups) => ({
        companyId: groups[0]?.company_id ?? null,
        company: groups[0]?.company ?? null,
        ...rates(groups),
      }))
      .sort((x, y) => y.submitted - x.submitted || (x.company ?? "").localeCompare(y.company ?? ""))
      .slice(0, top),
  };
}

function rates(groups: readonly Group[]): Rates {
  const sum = (pick: (g: Group) => number) => groups.reduce((n, g) => n + pick(g), 0);
  const submitted = sum((g) => g.submitted);
  const responses = sum((g) => g.responses);
  const interviews = sum((g) => g.interviews);
  const offers = sum((g) => g.offers);
  const rate = (n: number) => (submitted === 0 ? null : n / submitted);
  return {
    submitted,
    responses,
    interviews,
    offers,
    responseRate: rate(responses),
    interviewRate: rate(interviews),
    offerRate: rate(offers),
  };
}
