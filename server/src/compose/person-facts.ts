import type { Profile } from "@nyx/shared";

/**
 * What the model may know about the person: the facts a letter or an answer can draw on. Left out:
 * phone, street address, ready EEO answers, CV files and templates, which no free text needs.
 */
export function personFacts(p: Profile) {
  return {
    name: `${p.name.first} ${p.name.last}`,
    ...(p.name.preferred ? { preferred_name: p.name.preferred } : {}),
    email: p.email,
    links: p.links,
    location: { city: p.location.city, country: p.location.country },
    ...(p.headline ? { headline: p.headline } : {}),
    ...(p.summary ? { summary: p.summary } : {}),
    years_experience: p.years_experience,
    seniority: p.seniority,
    target_titles: p.target_titles,
    industries: p.industries,
    skills: p.skills_true,
    languages: p.languages,
    experience: p.experience,
    education: p.education,
    certifications: p.certifications,
    work_authorization: p.work_authorization,
    needs_sponsorship_outside: p.needs_sponsorship_outside,
    remote_preference: p.remote_preference,
    willing_to_relocate: p.willing_to_relocate,
    relocation_countries: p.relocation_countries,
    preferred_locations: p.preferred_locations,
    notice_period: p.notice_period,
    ...(p.earliest_start ? { earliest_start: p.earliest_start } : {}),
    salary_expectation: [
      { currency: p.salary.currency, amount: p.salary.target, period: p.salary.period },
      ...Object.entries(p.salary_by_currency).map(([currency, band]) => ({
        currency,
        amount: band.target,
        period: p.salary.period,
      })),
    ],
  };
}

export type PersonFacts = ReturnType<typeof personFacts>;

/** The facts as the JSON block the model reads (and the text numbers and names are checked against). */
export function personFactsJson(p: Profile): string {
  return JSON.stringify(personFacts(p), null, 2);
}

/** Every salary figure the person stated (min and target, in every currency). */
export function salaryFigures(p: Profile): number[] {
  return [
    p.salary.min,
    p.salary.target,
    ...Object.values(p.salary_by_currency).flatMap((band) => [band.min, band.target]),
  ];
}
