/**
 * Postings that match the fixture person (ada.yaml) only in part, so the pipeline puts them in
 * the review queue (20–50 %): jobs asking for skills she marks as ones she does not have. Each is a
 * plain careers page with schema.org JSON-LD, served at `url` (e2e) or sent as a snapshot (tests).
 */
export interface ReviewPosting {
  url: string;
  title: string;
  company: string;
  html: string;
}

function posting(
  slug: string,
  title: string,
  company: string,
  city: string,
  country: string,
  description: string,
): ReviewPosting {
  const host = `careers.${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`;
  const url = `https://${host}/jobs/${slug}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    description,
    datePosted: "2026-01-10",
    employmentType: "FULL_TIME",
    hiringOrganization: { "@type": "Organization", name: company },
    jobLocation: {
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: city, addressCountry: country },
    },
  };
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} at ${company}</title>
<link rel="canonical" href="${url}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
<body><main><h1>${title}</h1><p>${company}, ${city}</p><p>${description}</p></main></body></html>`;
  return { url, title, company, html };
}

export const REVIEW_POSTINGS: readonly ReviewPosting[] = [
  posting(
    "sap-basis-administrator",
    "SAP Basis Administrator",
    "Alpen Retail",
    "Vienna",
    "AT",
    "Run our SAP systems and the Salesforce integrations of our stores. 5+ years of experience.",
  ),
  posting(
    "salesforce-consultant",
    "Salesforce Consultant",
    "Cloudberry Consulting",
    "Vienna",
    "AT",
    "Salesforce and SAP consulting for retail clients. 5 years of experience.",
  ),
  posting(
    "android-developer-kotlin",
    "Android Developer (Kotlin)",
    "Pocket Apps",
    "Zurich",
    "CH",
    "Build Android apps in Kotlin. Git and SQL. 4+ years of experience.",
  ),
];
