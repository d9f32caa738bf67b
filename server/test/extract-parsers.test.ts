import { describe, expect, it } from "vitest";
import { isoDateOrNull, parseDate, postedDateIn } from "../src/extract/dates.ts";
import { companyFromTitle, companyWithLegalForm } from "../src/extract/generic.ts";
import { detectPlatform } from "../src/extract/index.ts";
import { detectLanguage } from "../src/extract/language.ts";
import { countryFromHost, countryName, parsePlace } from "../src/extract/places.ts";
import { parseSalary, salaryFromProse } from "../src/extract/salary.ts";
import {
  employmentFromLabel,
  employmentFromProse,
  remoteFromLabel,
  remoteFromProse,
  seniorityFromTitle,
} from "../src/extract/work-terms.ts";

describe("salary", () => {
  it.each([
    ["€90K – €115K • Offers Equity", { currency: "EUR", min: 90_000, max: 115_000, period: "year" }],
    ["CHF 110,000 - CHF 130,000 a year", { currency: "CHF", min: 110_000, max: 130_000, period: "year" }],
    ["85.000 – 105.000 € brutto jährlich", { currency: "EUR", min: 85_000, max: 105_000, period: "year" }],
    ["CHF 120K/yr - CHF 150K/yr", { currency: "CHF", min: 120_000, max: 150_000, period: "year" }],
    ["$140,000 to $165,000 per year", { currency: "USD", min: 140_000, max: 165_000, period: "year" }],
    ["£55k-£65k", { currency: "GBP", min: 55_000, max: 65_000, period: "year" }],
    ["de 45 000 € à 55 000 € par an", { currency: "EUR", min: 45_000, max: 55_000, period: "year" }],
    ["CHF 120'000 – 140'000", { currency: "CHF", min: 120_000, max: 140_000, period: "year" }],
    ["60 – 75K EUR", { currency: "EUR", min: 60_000, max: 75_000, period: "year" }],
    ["4.500 € brutto pro Monat", { currency: "EUR", min: 4_500, max: 4_500, period: "month" }],
    ["$45 - $60 an hour", { currency: "USD", min: 45, max: 60, period: "hour" }],
    ["ab 70.000 EUR", { currency: "EUR", min: 70_000, period: "year" }],
    ["à partir de 52 000 € bruts annuels", { currency: "EUR", min: 52_000, period: "year" }],
    ["up to €95,000", { currency: "EUR", max: 95_000, period: "year" }],
  ])("reads %j", (text, expected) => {
    expect(parseSalary(text)).toEqual(expected);
  });

  it("ignores numbers that are not pay", () => {
    expect(parseSalary("5+ years of experience, since 2019")).toBeNull();
    expect(parseSalary("Over 100 applicants")).toBeNull();
  });

  it("finds a stated minimum in prose and leaves budgets alone", () => {
    const austrian =
      "Hybrid work. According to Austrian law we are obliged to state the minimum salary: the minimum gross annual salary for this position under the collective agreement is EUR 62,000. We pay more.";
    expect(salaryFromProse(austrian)).toEqual({ currency: "EUR", min: 62_000, period: "year" });
    expect(salaryFromProse("Das Mindestgehalt laut Kollektivvertrag beträgt € 3.900 brutto pro Monat.")).toEqual({
      currency: "EUR",
      min: 3_900,
      period: "month",
    });
    expect(salaryFromProse("Ein jährliches Weiterbildungsbudget von 3.000 €.")).toBeNull();
  });
});

describe("dates", () => {
  it.each([
    ["12.11.2026", "2026-11-12"],
    ["2026-11-18", "2026-11-18"],
    ["12. November 2026", "2026-11-12"],
    ["3. März 2026", "2026-03-03"],
    ["November 12, 2026", "2026-11-12"],
    ["Nov 2, 2026", "2026-11-02"],
    ["12 novembre 2026", "2026-11-12"],
    ["1er décembre 2026", "2026-12-01"],
    ["le 5 févr. 2027", "2027-02-05"],
    ["5 de mayo de 2026", "2026-05-05"],
    ["12 dicembre 2026", "2026-12-12"],
    ["25/12/2026", "2026-12-25"],
  ])("reads %j", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it("never turns relative or ambiguous dates into dates", () => {
    for (const text of [
      "Posted 3 Days Ago",
      "2 weeks ago",
      "vor 3 Tagen",
      "il y a 5 jours",
      "Posted 30+ Days Ago",
      "today",
    ]) {
      expect(parseDate(text)).toBeNull();
    }
    expect(parseDate("03/04/2026")).toBeNull();
    expect(parseDate("03/04/2026", "mdy")).toBe("2026-03-04");
    expect(parseDate("03/04/2026", "dmy")).toBe("2026-04-03");
    expect(parseDate("31.02.2026")).toBeNull();
  });

  it("takes a posting date only right after a posting label", () => {
    expect(postedDateIn("Referenz KR-1 · Veröffentlicht am 12.11.2026")).toBe("2026-11-12");
    expect(postedDateIn("Publié le 3 octobre 2026")).toBe("2026-10-03");
    expect(postedDateIn("Date posted: Nov 12, 2026")).toBe("2026-11-12");
    expect(postedDateIn("Posted 3 Days Ago · End Date: January 31, 2027")).toBeNull();
    expect(postedDateIn("Apply by 12.11.2026")).toBeNull();
  });

  it("keeps structured dates as given", () => {
    expect(isoDateOrNull("2026-12-31T23:59:59+01:00")).toBe("2026-12-31T23:59:59+01:00");
    expect(isoDateOrNull("2026-13-01")).toBeNull();
    expect(isoDateOrNull(20261101)).toBeNull();
  });
});

describe("places", () => {
  it.each([
    ["München (Werksviertel), Deutschland", "Munich", "Germany"],
    ["Zürich, Schweiz", "Zurich", "Switzerland"],
    ["Zurich, Zurich, Switzerland", "Zurich", "Switzerland"],
    ["Genève, Suisse", "Geneva", "Switzerland"],
    ["Lausanne, VD", "Lausanne", "Switzerland"],
    ["1003 Lausanne, Vaud, Switzerland", "Lausanne", "Switzerland"],
    ["Nyon, VD", "Nyon", "Switzerland"],
    ["Wien, Österreich", "Vienna", "Austria"],
    ["Köln", "Cologne", "Germany"],
    ["Paris, Île-de-France, France", "Paris", "France"],
    ["Bruxelles, Belgique", "Brussels", "Belgium"],
    ["Den Haag, Nederland", "The Hague", "Netherlands"],
    ["Austin, TX", "Austin", "United States"],
    ["Greater Zurich Area", "Zurich", "Switzerland"],
    ["Berlin, Germany · Hybrid", "Berlin", "Germany"],
    ["Hybrid work in Zürich, ZH", "Zurich", "Switzerland"],
    ["Remote in Germany", null, "Germany"],
    ["DE-Berlin", "Berlin", "Germany"],
  ])("reads %j", (raw, city, country) => {
    expect(parsePlace(raw)).toMatchObject({ city, country });
  });

  it("names a remote location's country and mode without inventing a city", () => {
    expect(parsePlace("Remote - Germany")).toEqual({ city: null, country: "Germany", remote: "remote" });
    expect(parsePlace("Zurich, Switzerland · Hybrid")).toEqual({
      city: "Zurich",
      country: "Switzerland",
      remote: "hybrid",
    });
    expect(parsePlace("Remote (EMEA)")).toEqual({ city: null, country: null, remote: "remote" });
  });

  it("uses the host only where it is certain or decides a region code", () => {
    expect(parsePlace("Smalltown, BE").country).toBeNull();
    expect(parsePlace("Smalltown, BE", { tldCountry: "Switzerland" }).country).toBe("Switzerland");
    expect(parsePlace("Smalltown", { tldCountry: "Germany" }).country).toBeNull();
    expect(parsePlace("Smalltown", { country: "Switzerland" }).country).toBe("Switzerland");
    expect(countryFromHost("www.kaltenbach-robotik.de")).toBe("Germany");
    expect(countryFromHost("jobs.ashbyhq.com")).toBeNull();
    expect(countryFromHost("startup.io")).toBeNull();
  });

  it("knows country names in several languages and ISO codes", () => {
    expect(countryName("Deutschland")).toBe("Germany");
    expect(countryName("Suisse")).toBe("Switzerland");
    expect(countryName("Pays-Bas")).toBe("Netherlands");
    expect(countryName("CH")).toBe("Switzerland");
    expect(countryName("Royaume-Uni")).toBe("United Kingdom");
  });
});

describe("work terms", () => {
  it("reads work mode labels and prose", () => {
    expect(remoteFromLabel("Hybrid – 2 bis 3 Tage pro Woche im Büro")).toBe("hybrid");
    expect(remoteFromLabel("On-site")).toBe("onsite");
    expect(remoteFromLabel("TELECOMMUTE")).toBe("remote");
    expect(remoteFromLabel("Télétravail partiel")).toBe("hybrid");
    expect(remoteFromProse("Work on site in Lausanne four days per week; no full remote.")).toBe("onsite");
    expect(remoteFromProse("This is a fully remote position for candidates living in Switzerland.")).toBe("remote");
    expect(remoteFromProse("Hybrides Arbeiten mit 2 bis 3 Bürotagen pro Woche.")).toBe("hybrid");
    expect(remoteFromProse("Experience with hybrid cloud setups. Free on-site gym.")).toBeNull();
  });

  it("reads employment types", () => {
    expect(employmentFromLabel("Contract, Full-time")).toBe("contract");
    expect(employmentFromLabel("Vollzeit, unbefristet")).toBe("full_time");
    expect(employmentFromLabel("Teilzeit")).toBe("part_time");
    expect(employmentFromLabel("CDI, temps plein")).toBe("full_time");
    expect(employmentFromLabel("CDD")).toBe("contract");
    expect(employmentFromLabel("Werkstudent")).toBe("intern");
    expect(employmentFromProse("This is a full-time, permanent position.")).toBe("full_time");
    expect(employmentFromProse("Contract duration: 12 months.")).toBe("contract");
  });

  it("reads seniority from titles", () => {
    expect(seniorityFromTitle("Senior Machine Learning Engineer (m/w/d)")).toBe("senior");
    expect(seniorityFromTitle("Machine Learning Platform Lead")).toBe("lead");
    expect(seniorityFromTitle("Principal Data Scientist")).toBe("principal");
    expect(seniorityFromTitle("Werkstudent Data Science (m/w/d)")).toBe("intern");
    expect(seniorityFromTitle("Ingénieur data confirmé (H/F)")).toBe("senior");
    expect(seniorityFromTitle("Head of Data")).toBe("director");
    expect(seniorityFromTitle("Applied Scientist, NLP")).toBeNull();
  });
});

describe("language and company", () => {
  it("tells English, German and French apart", () => {
    expect(detectLanguage("We are looking for an engineer who will own the models and work with our team.")).toBe("en");
    expect(
      detectLanguage("Sie entwickeln Modelle und arbeiten eng mit dem Team zusammen, das für die Qualität sorgt."),
    ).toBe("de");
    expect(
      detectLanguage(
        "Vous rejoindrez une équipe qui conçoit des modèles pour nos clients dans le secteur de la santé.",
      ),
    ).toBe("fr");
    expect(detectLanguage("Python")).toBeNull();
  });

  it("finds the company beside the title in the page title", () => {
    expect(companyFromTitle("Senior ML Engineer (m/w/d) – Acme Robotik GmbH", "Senior ML Engineer (m/w/d)")).toBe(
      "Acme Robotik GmbH",
    );
    expect(companyFromTitle("Job Application for Data Engineer at Examplify", "Data Engineer")).toBe("Examplify");
    expect(companyFromTitle("Examplify Labs - Data Engineer", "Data Engineer")).toBe("Examplify Labs");
    expect(companyFromTitle("Data Engineer - Lausanne, Vaud - Indeed.com", "Data Engineer")).toBeNull();
    expect(companyWithLegalForm("Die Muster Analytik GmbH entwickelt Sensoren.")).toBe("Muster Analytik GmbH");
  });

  it("knows each platform by its host", () => {
    expect(detectPlatform(new URL("https://boards.greenhouse.io/acme/jobs/1"))).toBe("greenhouse");
    expect(detectPlatform(new URL("https://jobs.eu.lever.co/acme/1"))).toBe("lever");
    expect(detectPlatform(new URL("https://acme.wd5.myworkdayjobs.com/x/job/y"))).toBe("workday");
    expect(detectPlatform(new URL("https://de.indeed.com/viewjob?jk=1"))).toBe("indeed");
    expect(detectPlatform(new URL("https://careers.example.com/jobs/1"))).toBe("generic");
  });
});
