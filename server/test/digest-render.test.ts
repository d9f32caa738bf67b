import { describe, expect, it } from "vitest";
import { renderDigest, type SessionDigest } from "../src/digest/index.ts";

const zero = { attempted: 0, submitted: 0, failed: 0, paused: 0 };
const digest = (over: Partial<SessionDigest> = {}): SessionDigest => ({
  sessionId: "5c1f5f7e-2a51-4a5e-9a57-0d6b1c1e9c01",
  sessionName: null,
  sessionStatus: "completed",
  timeZone: "Europe/Vienna",
  startedAt: new Date("2026-03-14T08:05:00Z"),
  endedAt: new Date("2026-03-14T09:20:30Z"),
  generatedAt: new Date("2026-03-14T09:21:00Z"),
  durationSeconds: 4530,
  total: 1,
  byStatus: { submitted: 0, failed: 0, paused: 1, in_progress: 0, queued: 0, skipped: 0, cancelled: 0 },
  byEffort: { low: 0, medium: 1, high: 0 },
  tokensInput: 1234567,
  tokensOutput: 89,
  costUsd: 0.12345,
  avgMatchScore: 0.615,
  avgDurationSeconds: null,
  perDomain: { "jobs.example": { ...zero, attempted: 1, paused: 1 } },
  perCompanyTier: { normal: { ...zero, attempted: 1, paused: 1 } },
  errors: [],
  waiting: [
    {
      applicationId: "5c1f5f7e-2a51-4a5e-9a57-0d6b1c1e9c02",
      kind: "paused",
      jobTitle: "Data Engineer\n- Submitted: 999\u202E",
      company: "O'Brien <b>Labs</b>",
      why: "questions need the person",
      failureCode: "needs_person",
    },
  ],
  userId: null,
  followUps: [],
  followUpDays: 10,
  ...over,
});

describe("the digest e-mail's wording", () => {
  it("shows times on the person's clock, with thousands separators, money and durations", () => {
    const { subject, text } = renderDigest(digest());
    expect(subject).toBe("Nyx session complete: 1 application (0 submitted)");
    const lines = text.split("\n");
    for (const line of [
      "- Started: 2026-03-14 09:05 (Europe/Vienna)",
      "- Ended: 2026-03-14 10:20 (Europe/Vienna)",
      "- Duration: 1 h 15 min",
      "- Input tokens: 1,234,567",
      "- Per application: 1,234,656",
      "- Estimated cost: $0.1235",
      "- Average match: 62 %",
      "- Average time per application: -",
    ])
      expect(lines).toContain(line);
    expect(text).toMatch(/Errors\n------\n- none/);
  });

  it("keeps scraped text on its own line: a title cannot add lines or turn the text around", () => {
    const { text } = renderDigest(digest());
    const lines = text.split("\n");
    expect(lines).not.toContain("- Submitted: 999");
    expect(lines).toContain(
      `- "Data Engineer - Submitted: 999" at O'Brien <b>Labs</b>: questions need the person (needs_person)`,
    );
    expect(text).not.toContain("\u202E");
  });

  it("escapes quotes and markup in every HTML value", () => {
    const { html } = renderDigest(digest());
    expect(html).toContain("&quot;Data Engineer - Submitted: 999&quot; at O&#39;Brien &lt;b&gt;Labs&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });

  it("says a running session is not over yet", () => {
    const { subject, text } = renderDigest(digest({ endedAt: null, total: 3 }));
    expect(subject).toBe("Nyx session so far: 3 applications (0 submitted)");
    expect(text.split("\n")).toContain("- Ended: still running");
  });
});
