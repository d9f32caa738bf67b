import { readdirSync, readFileSync } from "node:fs";
import { AppError, ExtractedPosting } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { detectPlatform, extractPosting } from "../src/extract/index.ts";

const POSTINGS = new URL("../../../shared/fixtures/postings/", import.meta.url);

interface Expected {
  platform: string;
  title: string;
  company?: string;
  city?: string;
  country?: string;
  remote?: string;
  employment_type?: string;
  posted?: string;
  salary?: { currency: string; min?: number; max?: number };
  description_contains?: string[];
  apply_path?: string;
}

const cases = readdirSync(POSTINGS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function load(name: string): { html: string; url: string; expected: Expected } {
  const folder = new URL(`${name}/`, POSTINGS);
  const html = readFileSync(new URL("index.html", folder), "utf8");
  const canonical =
    /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i.exec(html)?.[1] ??
    /<link[^>]+href="([^"]+)"[^>]+rel="canonical"/i.exec(html)?.[1];
  if (!canonical) throw new Error(`${name}: index.html names no canonical address`);
  const expected = JSON.parse(readFileSync(new URL("expected.json", folder), "utf8")) as Expected;
  return { html, url: canonical, expected };
}

describe("extracting the posting fixtures", () => {
  it("has posting cases to read", () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of cases) {
    it(`reads ${name} as its expected.json states`, () => {
      const { html, url, expected } = load(name);
      const posting = ExtractedPosting.parse(extractPosting({ url, html }));

      expect(posting.platform).toBe(expected.platform);
      expect(detectPlatform(new URL(url))).toBe(expected.platform);
      expect(posting.title).toBe(expected.title);
      // A key missing from expected.json means the page does not state it: the extractor must say null.
      expect(posting.company).toBe(expected.company ?? null);
      expect(posting.city).toBe(expected.city ?? null);
      expect(posting.country).toBe(expected.country ?? null);
      expect(posting.remote).toBe(expected.remote ?? null);
      expect(posting.employmentType).toBe(expected.employment_type ?? null);
      expect(posting.postedAt?.slice(0, 10) ?? null).toBe(expected.posted ?? null);
      if (expected.salary) {
        expect(posting.salary?.currency).toBe(expected.salary.currency);
        expect(posting.salary?.min).toBe(expected.salary.min);
        expect(posting.salary?.max).toBe(expected.salary.max);
        expect(posting.salary?.period).toBe("year");
      } else {
        expect(posting.salary).toBeNull();
      }
      for (const phrase of expected.description_contains ?? []) expect(posting.descriptionClean).toContain(phrase);
      expect(posting.descriptionRaw).not.toBe("");
      expect(posting.descriptionClean).not.toMatch(/&[a-z]+;|&#\d+;|<\/?[a-z]+>/i);
      if (expected.apply_path) {
        expect(posting.applyUrl).not.toBeNull();
        const apply = new URL(posting.applyUrl ?? "");
        expect(apply.host).toBe(new URL(url).host);
        expect(`${apply.pathname}${apply.search}`).toBe(expected.apply_path);
      } else {
        expect(posting.applyUrl).toBeNull();
      }
      expect(posting.quickApply).toBe(expected.platform === "linkedin");
    });
  }

  it("reads each fixture's language from its description", () => {
    const languages = Object.fromEntries(cases.map((name) => [name, extractPosting(load(name)).language]));
    expect(languages["german-munich"]).toBe("de");
    for (const name of cases.filter((n) => n !== "german-munich")) expect(languages[name]).toBe("en");
  });

  it("derives seniority from the title", () => {
    const seniority = (name: string) => extractPosting(load(name)).seniority;
    expect(seniority("greenhouse")).toBe("senior");
    expect(seniority("careers-jsonld")).toBe("lead");
    expect(seniority("lever")).toBeNull();
  });

  it("finds the same posting through the content script's JSON-LD when the HTML is missing", () => {
    const { html, url } = load("careers-jsonld");
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const posting = extractPosting({ url, jsonLd: [JSON.parse(block)] });
    expect(posting.title).toBe("Machine Learning Platform Lead");
    expect(posting.company).toBe("Parallax Health AG");
    expect(posting.descriptionClean).toContain("full audit trails for MDR compliance");
  });

  it("lets the extension's reading of the live page win over the server's", () => {
    const { html, url } = load("lever");
    const posting = extractPosting({ url, html, extraction: { department: "Document Intelligence" } });
    expect(posting.department).toBe("Document Intelligence");
    expect(posting.title).toBe("Applied Scientist, NLP");
  });
});

describe("a careers page in French with no structured data", () => {
  const page = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
    <title>Ingénieur·e Data confirmé·e (H/F) | Exemplaire Santé SAS</title>
    <link rel="canonical" href="https://recrutement.exemplaire-sante.fr/offres/ingenieur-data"></head><body>
    <nav><a href="/">Accueil</a> <a href="/offres">Nos offres</a></nav>
    <main><h1>Ingénieur·e Data confirmé·e (H/F)</h1>
    <ul class="infos"><li><strong>Lieu :</strong> Lyon (69), France</li><li><strong>Type de contrat :</strong> CDI, temps plein</li>
    <li><strong>Télétravail :</strong> Télétravail partiel (2 jours par semaine)</li><li><strong>Salaire :</strong> 48 000 € – 58 000 € bruts annuels</li>
    <li>Publié le 3 novembre 2026</li></ul>
    <h2>Vos missions</h2><ul><li>Vous concevez les pipelines de données de nos logiciels pour les hôpitaux.</li>
    <li>Vous travaillez avec les équipes produit et les médecins pour fiabiliser les indicateurs.</li></ul>
    <h2>Votre profil</h2><ul><li>Vous avez au moins cinq ans d'expérience en ingénierie des données.</li>
    <li>Vous maîtrisez Python, SQL et un orchestrateur comme Airflow ; une expérience dans la santé est un plus.</li></ul>
    <p>Nous offrons un environnement stable, des locaux au centre de Lyon et une mutuelle prise en charge à 100 %.</p>
    <a class="cta" href="/offres/ingenieur-data/postuler">Postuler</a></main></body></html>`;

  it("reads the facts, the pay and the apply link by their French labels", () => {
    const posting = extractPosting({
      url: "https://recrutement.exemplaire-sante.fr/offres/ingenieur-data",
      html: page,
    });
    expect(posting).toMatchObject({
      platform: "generic",
      title: "Ingénieur·e Data confirmé·e (H/F)",
      company: "Exemplaire Santé SAS",
      city: "Lyon",
      country: "France",
      remote: "hybrid",
      employmentType: "full_time",
      seniority: "senior",
      postedAt: "2026-11-03",
      salary: { currency: "EUR", min: 48_000, max: 58_000, period: "year" },
      applyUrl: "https://recrutement.exemplaire-sante.fr/offres/ingenieur-data/postuler",
      language: "fr",
      quickApply: false,
    });
    expect(posting.descriptionClean).toContain("Vous concevez les pipelines de données");
  });
});

describe("layouts the fixtures do not cover", () => {
  it("reads the classic Greenhouse board", () => {
    const html = `<html><head><title>Job Application for Data Engineer at Examplify</title></head><body>
      <div id="app_body"><div id="header"><h1 class="app-title">Data Engineer</h1><span class="company-name">at Examplify</span>
      <div class="location">Berlin, Germany</div></div>
      <div id="content"><p>We build tools for logistics teams. This is a full-time role in our Berlin office, on site five days a week.</p>
      <p>Salary range: €70,000 - €85,000 per year.</p></div>
      <form id="application_form" action="/examplify/jobs/123/applications"><input type="file"><input type="email"></form></div></body></html>`;
    const posting = extractPosting({ url: "https://boards.greenhouse.io/examplify/jobs/123?gh_src=abc", html });
    expect(posting).toMatchObject({
      platform: "greenhouse",
      title: "Data Engineer",
      company: "Examplify",
      city: "Berlin",
      country: "Germany",
      remote: "onsite",
      employmentType: "full_time",
      salary: { currency: "EUR", min: 70_000, max: 85_000, period: "year" },
      applyUrl: "https://boards.greenhouse.io/examplify/jobs/123?gh_src=abc",
    });
  });

  it("reads a German page with a minimum salary, a postcode and an 'online seit' date", () => {
    const html = `<html lang="de"><head><title>Data Analyst (w/m/d) in Teilzeit | Muster Logistik GmbH</title></head><body>
      <h1>Data Analyst (w/m/d) in Teilzeit</h1>
      <p><strong>Standort:</strong> 50667 Köln</p><p><strong>Gehalt:</strong> ab 52.000 € brutto im Jahr</p>
      <p>Online seit: 3. November 2026</p>
      <h2>Ihre Aufgaben</h2><ul><li>Sie bauen Berichte für unsere Lager und werten Sendungsdaten aus.</li></ul>
      <h2>Ihr Profil</h2><ul><li>Sie haben Erfahrung mit SQL und Python und arbeiten gern im Team.</li></ul>
      <a href="/jobs/42/bewerbung" class="button">Jetzt bewerben!</a></body></html>`;
    const posting = extractPosting({ url: "https://karriere.muster-logistik.de/jobs/42", html });
    expect(posting).toMatchObject({
      platform: "generic",
      company: "Muster Logistik GmbH",
      city: "Cologne",
      country: "Germany",
      employmentType: "part_time",
      postedAt: "2026-11-03",
      salary: { currency: "EUR", min: 52_000, period: "year" },
      applyUrl: "https://karriere.muster-logistik.de/jobs/42/bewerbung",
      language: "de",
    });
    expect(posting.salary?.max).toBeUndefined();
  });
});

describe("pages that are not job postings", () => {
  const article = `<!DOCTYPE html><html lang="en"><head><title>How we cut our model training costs in half | Example Engineering Blog</title>
    <link rel="canonical" href="https://blog.example.com/posts/training-costs"></head><body>
    <header><a href="/">Blog</a> <a href="/about">About</a></header>
    <article><h1>How we cut our model training costs in half</h1>
    <p>Last spring our monthly GPU bill crossed a line that made our finance team nervous. This post describes what we changed.</p>
    <p>We moved evaluation off the training nodes, switched to mixed precision and started packing short sequences together.</p>
    <h2>Results</h2><p>Training now takes eleven hours instead of twenty-six, and the bill fell by 54 percent.</p>
    <p>Thanks to everyone who reviewed this post.</p></article></body></html>`;

  it("refuses a blog article with bad_request", () => {
    let error: unknown;
    try {
      extractPosting({ url: "https://blog.example.com/posts/training-costs", html: article });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_request");
    expect((error as AppError).message).toMatch(/^no job posting found on this page: /);
  });

  it("refuses an empty snapshot with bad_request", () => {
    expect(() => extractPosting({ url: "https://www.linkedin.com/feed/" })).toThrow(AppError);
    expect(() =>
      extractPosting({ url: "https://www.linkedin.com/feed/", html: "<html><body><h1>Feed</h1></body></html>" }),
    ).toThrow(/no job posting found/);
  });
});
