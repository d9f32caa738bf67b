import { blankPosting, DEFAULT_SETTINGS, type ExtractedPosting } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { combinedScore, cosineSimilarity } from "../src/match/combine.ts";
import { decide } from "../src/match/decide.ts";
import { planEffort } from "../src/match/effort.ts";
import { requiredYears, structuredScore, WEIGHTS } from "../src/match/structured.ts";
import { titleSimilarity } from "../src/match/titles.ts";
import { ada } from "./ada.ts";

function posting(overrides: Partial<ExtractedPosting>): ExtractedPosting {
  return blankPosting({
    title: "Engineer",
    company: "Example AG",
    employmentType: "full_time",
    language: "en",
    ...overrides,
  });
}

const goodJob = posting({
  title: "Senior Machine Learning Engineer (m/w/d)",
  city: "Zurich",
  country: "Switzerland",
  remote: "hybrid",
  salary: { currency: "CHF", min: 140000, max: 175000, period: "year" },
  descriptionClean:
    "You will build NLP ranking models in Python and PyTorch, run them on Kubernetes with Docker, and own MLOps. 6+ years of experience.",
});

const poorJob = posting({
  title: "Backend Developer",
  city: "Austin",
  country: "United States",
  remote: "onsite",
  salary: { currency: "USD", min: 60000, max: 80000, period: "year" },
  descriptionClean: "Write services in Go, Rust and Kotlin on Salesforce. At least 12 years of experience required.",
});

describe("matching", () => {
  it("uses the owner's weights, summing to 1", () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it.each([
    ["Senior Machine Learning Engineer (m/w/d)", "Senior ML Engineer", 0.9],
    ["Data Scientist (12-month contract)", "Data Scientist", 1],
    ["Applied Scientist, NLP", "Data Scientist", 0.3],
  ])("finds %s like %s (≥ %d)", (a, b, min) => {
    expect(titleSimilarity(a, b)).toBeGreaterThanOrEqual(min);
  });

  it("finds unrelated titles unlike", () => {
    expect(titleSimilarity("Sales Manager DACH", "Machine Learning Engineer")).toBe(0);
  });

  it.each([
    ["6+ years of experience building ML systems", 6],
    ["Mindestens sechs Jahre Berufserfahrung im Bereich Machine Learning", 6],
    ["at least five years in industry", 5],
    ["3 ans d'expérience en science des données", 3],
    ["4-6 years of experience", 4],
  ])("reads the years asked in %j", (text, years) => {
    expect(requiredYears(text)).toBe(years);
  });

  it("reads no years where none are asked", () => {
    expect(requiredYears("We ship 400,000 claims a year across 12 markets.")).toBeUndefined();
  });

  it("scores a fitting job high, with each component and its reason", () => {
    const b = structuredScore(goodJob, ada);
    expect(b.skills).toBe(1);
    expect(b.title).toBeGreaterThan(0.9);
    expect(b.experience).toBe(1);
    expect(b.location).toBe(1);
    expect(b.salary).toBe(1);
    expect(b.structured).toBeGreaterThan(0.85);
    expect(b.reasons.join("; ")).toMatch(/skills 6\/6/);
  });

  it("scores a job asking for skills the person must not claim low", () => {
    const b = structuredScore(poorJob, ada);
    expect(b.skills).toBe(0);
    expect(b.title).toBe(0);
    expect(b.structured).toBeLessThan(0.3);
    expect(b.reasons.join("; ")).toMatch(/lacking .*Rust/);
  });

  it("takes location or remote, whichever fits better", () => {
    const remote = structuredScore(posting({ ...goodJob, city: "Lisbon", country: "Portugal", remote: "remote" }), ada);
    expect(remote.location).toBeLessThan(0.5);
    expect(remote.locationOrRemote).toBe(1);
  });

  it("combines structured and semantic scores by the settings' weight", () => {
    expect(combinedScore(0.8, 0.3, DEFAULT_SETTINGS)).toBeCloseTo(0.8 * 0.8 + 0.2 * 0.3, 3);
    expect(combinedScore(0.8, undefined, DEFAULT_SETTINGS)).toBe(0.8);
    expect(cosineSimilarity([1, 0], [1, 0])).toBe(1);
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
  });
});

describe("deciding", () => {
  const d = (score: number, companyTier: "top" | "normal" | "avoid" = "normal", domainAvoided = false) =>
    decide({ score, companyTier, domainAvoided }, DEFAULT_SETTINGS);

  it("applies above 50 %, reviews from 20 to 50 %, skips below 20 %", () => {
    expect(d(0.51).decision).toBe("apply");
    expect(d(0.5).decision).toBe("review");
    expect(d(0.34).decision).toBe("review");
    expect(d(0.2).decision).toBe("review");
    expect(d(0.19)).toMatchObject({ decision: "skip", code: "low_match" });
  });

  it("skips avoid-tier companies and avoided domains whatever the match", () => {
    expect(d(0.99, "avoid")).toMatchObject({ decision: "skip", code: "avoid_company", reason: "avoid-tier company" });
    expect(d(0.99, "normal", true)).toMatchObject({ decision: "skip", code: "avoid_domain" });
  });

  it("follows the thresholds in the settings", () => {
    const settings = { ...DEFAULT_SETTINGS, thresholds: { apply: 0.7, review: 0.4 } };
    expect(decide({ score: 0.6, companyTier: "normal", domainAvoided: false }, settings).decision).toBe("review");
    expect(decide({ score: 0.35, companyTier: "normal", domainAvoided: false }, settings).decision).toBe("skip");
  });
});

describe("planning effort", () => {
  const plan = (score: number, extra: Partial<Parameters<typeof planEffort>[0]> = {}) =>
    planEffort(
      { score, companyTier: "normal", country: "United States", quickApply: false, ...extra },
      DEFAULT_SETTINGS,
    );

  it("follows the owner's matrix", () => {
    expect(plan(0.8).level).toBe("low");
    expect(plan(0.55, { quickApply: true }).level).toBe("low");
    expect(plan(0.55, { country: "Switzerland" })).toMatchObject({ level: "high", coverLetter: true, qaReview: true });
    expect(plan(0.55, { companyTier: "top" }).level).toBe("high");
    expect(plan(0.55)).toMatchObject({ level: "medium", coverLetter: true, qaReview: false });
    expect(plan(0.7, { country: "Germany" }).level).toBe("medium");
  });

  it("raises low to medium at a top-tier company", () => {
    expect(plan(0.9, { companyTier: "top" })).toMatchObject({ level: "medium", coverLetter: true });
  });

  it("lets the person's override win, and gives each level its token budget", () => {
    expect(plan(0.9, { override: "high" })).toMatchObject({ level: "high", source: "user", tokenBudget: 30_000 });
    expect(plan(0.9).tokenBudget).toBe(DEFAULT_SETTINGS.tokenBudgets.low);
  });
});
