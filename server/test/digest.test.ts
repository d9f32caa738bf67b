import { type Database, openDatabase, schema } from "@nyx/db";
import { DRIVERS } from "@nyx/db/testing";
import { eq } from "drizzle-orm";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSessionDigest, type SessionDigest, sendSessionDigest } from "../src/digest/index.ts";
import { type Env, parseEnv } from "../src/env.ts";
import { createLogger } from "../src/http/logging.ts";
import { createLlm } from "../src/llm/index.ts";
import { recordUsage } from "../src/llm/usage-log.ts";
import { requireOwner } from "../src/owner.ts";
import { saveSettings } from "../src/settings/store.ts";
import {
  type BuiltApplication,
  createSession,
  endSession,
  OTHER_SESSION,
  PLAN,
  playSession,
  SCRIPT_TITLE,
  type SessionWorld,
} from "./digest-session.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { type SmtpStandIn, startSmtpStandIn } from "./stand-ins/smtp.ts";
import { createTestApp, type TestApp } from "./support.ts";

const TO = "ada.digest@example.com";
const SMTP_LOGIN = { user: "nyx-mailer", pass: "hunter2-smtp-secret" };

describe.each(DRIVERS)("the session digest on %s", (driver) => {
  let s: TestApp;
  let smtp: SmtpStandIn;
  let world: SessionWorld;
  let built: BuiltApplication[];
  let sessionId = "";
  let otherSessionId = "";
  let expectedCost = 0;
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });
  const retry = { retries: 2, minBackoffMs: 5, maxBackoffMs: 20 };
  let withSmtp: Env;
  const send = (id: string, env = withSmtp, db = s.t.database.db) => sendSessionDigest({ db, env, logger, retry }, id);
  const digestRows = (id: string) =>
    s.t.database.db.select().from(schema.sessionDigests).where(eq(schema.sessionDigests.sessionId, id));
  const sessionEvents = (id: string) =>
    s.t.database.db
      .select({ type: schema.sessionEvents.eventType, message: schema.sessionEvents.message })
      .from(schema.sessionEvents)
      .where(eq(schema.sessionEvents.sessionId, id))
      .orderBy(schema.sessionEvents.createdAt);

  beforeAll(async () => {
    s = await createTestApp({ driver });
    smtp = await startSmtpStandIn({ credentials: SMTP_LOGIN });
    withSmtp = parseEnv({
      NYX_DATA_DIR: s.dataDir,
      ...smtp.env,
      SMTP_USER: SMTP_LOGIN.user,
      SMTP_PASSWORD: SMTP_LOGIN.pass,
      SMTP_FROM: "nyx@example.com",
      DIGEST_EMAIL_TO: TO,
    });
    const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    expect(imported.status).toBe(201);
    const db = s.t.database.db;
    const userId = requireOwner(s.dataDir).userId;
    world = { db, userId, llm: createLlm({ env: s.env, db, logger }), logger, dataDir: s.dataDir };
    sessionId = await createSession(db, userId);
    built = await playSession(world, sessionId, PLAN);
    otherSessionId = await createSession(db, userId, 60);
    await playSession(world, otherSessionId, OTHER_SESSION);
    const sessionCall = await recordUsage(db, {
      provider: "xAI",
      model: "grok-4-1-fast-reasoning",
      callType: "chat_completion",
      context: { purpose: "qa_check", sessionId },
      tokensInput: 100,
      tokensOutput: 10,
      startedAt: new Date(),
      endedAt: new Date(),
      status: "success",
    });
    expectedCost = built
      .filter((b) => b.fate.kind !== "not_dispatched")
      .reduce((n, b) => n + b.costUsd, sessionCall.costUsd ?? 0);
    await saveSettings(db, { companyTiers: { top: ["Quillstone AG"], avoid: ["Brightfold"] } });
    await endSession(db, sessionId, 3600);
  });
  afterAll(async () => {
    await smtp?.close();
    await s?.dispose();
  });

  it("counts the applications handed out in the session, once each, with their tokens, cost and groups", async () => {
    const d = await buildSessionDigest(s.t.database.db, sessionId);
    const inSession = built.filter((b) => b.fate.kind !== "not_dispatched");
    expect(d).toMatchObject({
      sessionId,
      sessionStatus: "completed",
      durationSeconds: 3600,
      total: 9,
      byStatus: { submitted: 2, failed: 4, paused: 2, in_progress: 1, queued: 0, skipped: 0, cancelled: 0 },
      byEffort: { high: 3, medium: 3, low: 3 },
      tokensInput: 3900,
      tokensOutput: 660,
    });
    expect(expectedCost).toBeGreaterThan(0);
    expect(d.costUsd).toBeCloseTo(expectedCost, 6);
    const meanScore = inSession.reduce((n, b) => n + b.score, 0) / inSession.length;
    expect(d.avgMatchScore).toBeCloseTo(meanScore, 3);
    expect(d.avgDurationSeconds).toBeGreaterThanOrEqual(209);
    expect(d.avgDurationSeconds).toBeLessThanOrEqual(212);
    expect(d.perDomain).toEqual({
      "jobs.quillstone.example": { attempted: 2, submitted: 1, failed: 0, paused: 0 },
      "careers.lindenwerk.example": { attempted: 1, submitted: 1, failed: 0, paused: 0 },
      "jobs.brightfold.example": { attempted: 2, submitted: 0, failed: 2, paused: 0 },
      "apply.nordhaven.example": { attempted: 1, submitted: 0, failed: 1, paused: 0 },
      "careers.alpendata.example": { attempted: 1, submitted: 0, failed: 0, paused: 1 },
      "jobs.kestrel.example": { attempted: 1, submitted: 0, failed: 0, paused: 1 },
      "jobs.nimbus.example": { attempted: 1, submitted: 0, failed: 1, paused: 0 },
    });
    expect(d.perCompanyTier).toEqual({
      top: { attempted: 2, submitted: 1, failed: 0, paused: 0 },
      avoid: { attempted: 2, submitted: 0, failed: 2, paused: 0 },
      normal: { attempted: 5, submitted: 1, failed: 2, paused: 2 },
    });
    expect(d.errors.map((e) => [e.code, e.count])).toEqual([
      ["form_error", 2],
      ["blocked_domain", 1],
      ["timeout", 1],
    ]);
    expect(d.errors[1]?.example).toMatchObject({ jobTitle: SCRIPT_TITLE, company: "Nimbus & Co" });
    expect(d.waiting.map((w) => [w.jobTitle, w.kind, w.failureCode])).toEqual([
      ["NLP Engineer", "paused", "captcha"],
      ["Data Engineer", "paused", "verification_code"],
      ["Python Engineer", "check_manually", null],
    ]);
    expect(d.waiting[0]?.why).toMatch(/CAPTCHA/);
  });

  it("without SMTP writes the digest row, sends nothing and says why", async () => {
    const result = await send(sessionId, parseEnv({ NYX_DATA_DIR: s.dataDir }));
    expect(result).toMatchObject({ sent: false, status: "not_configured" });
    expect(result.error).toMatch(/SMTP_HOST and DIGEST_EMAIL_TO not set/);
    const [row] = await digestRows(sessionId);
    expect(row).toMatchObject({ id: result.digestId, applicationsTotal: 9, digestEmailSent: false });
    expect(smtp.attempts).toBe(0);
    expect((await sessionEvents(sessionId)).map((e) => e.type)).toEqual(["digest_not_sent"]);
  });

  it("retries a refused send, records the failure without addresses or secrets, and a later call sends it", async () => {
    smtp.rejectNext(3);
    const failed = await send(sessionId);
    expect(failed).toMatchObject({ sent: false, status: "failed" });
    expect(smtp.attempts).toBe(3);
    expect(smtp.messages).toHaveLength(0);
    const failure = (await sessionEvents(sessionId)).find((e) => e.type === "digest_failed");
    expect(failure?.message).toMatch(/not sent \(3 attempts\).*451/);
    for (const text of [failed.error, failure?.message]) {
      expect(text).not.toContain(TO);
      expect(text).not.toContain(SMTP_LOGIN.pass);
    }
    expect((await digestRows(sessionId))[0]?.digestEmailSent).toBe(false);

    smtp.rejectNext(2);
    const sent = await send(sessionId);
    expect(sent).toEqual({ digestId: failed.digestId, sent: true, status: "sent" });
    expect(smtp.attempts).toBe(6);
    expect(smtp.messages).toHaveLength(1);
    const rows = await digestRows(sessionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.digestEmailSent).toBe(true);
  });

  it("mails the counts in text and HTML, and the row holds the same numbers", async () => {
    const [mail] = smtp.messages;
    expect(mail?.envelope).toEqual({ from: "nyx@example.com", to: [TO] });
    expect(mail?.user).toBe(SMTP_LOGIN.user);
    expect(mail?.subject).toBe("Nyx session complete: 9 applications (2 submitted)");
    const text = mail?.text ?? "";
    for (const line of [
      "- Duration: 1 h 0 min",
      "- Applications: 9",
      "- Submitted: 2",
      "- Failed: 4",
      "- Paused: 2",
      "- In progress: 1",
      "- High: 3",
      "- Medium: 3",
      "- Low: 3",
      "- Input tokens: 3,900",
      "- Output tokens: 660",
      "- jobs.brightfold.example: 2 attempted, 0 submitted, 2 failed, 0 paused",
      "- avoid: 2 attempted, 0 submitted, 2 failed, 0 paused",
      '- form_error: 2, e.g. "Data Scientist" at Brightfold',
      `- blocked_domain: 1, e.g. "${SCRIPT_TITLE}" at Nimbus & Co`,
      '- "Data Engineer" at Kestrel Labs: the site sent a code by SMS or e-mail: the person must enter it (verification_code)',
    ])
      expect(text.split("\n")).toContain(line);
    // The HTML part says line for line what the text part says.
    const { document } = parseHTML(mail?.html || "<html></html>");
    const htmlLines = [...document.querySelectorAll("tr")].map((tr) => {
      const [label, value] = [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "");
      return value === undefined ? `- ${label}` : `- ${label}: ${value}`;
    });
    expect(htmlLines).toEqual(text.split("\n").filter((l) => l.startsWith("- ")));

    const [row] = await digestRows(sessionId);
    const d: SessionDigest = await buildSessionDigest(s.t.database.db, sessionId);
    expect(row).toMatchObject({
      applicationsTotal: 9,
      applicationsSuccessful: 2,
      applicationsFailed: 4,
      numLowEffort: 3,
      numMediumEffort: 3,
      numHighEffort: 3,
      tokensInputTotal: 3900,
      tokensOutputTotal: 660,
      costEstimatedTotal: expectedCost.toFixed(4),
      avgMatchScore: d.avgMatchScore?.toFixed(3),
      avgDurationSeconds: d.avgDurationSeconds,
      perDomainStats: d.perDomain,
      perCompanyTierStats: d.perCompanyTier,
      digestEmailId: null,
    });
    expect(row?.summaryText?.trim()).toBe(text.trim());
    expect(row?.errorsSummary).toMatchObject({ failed: d.errors, waitingForPerson: d.waiting });
  });

  it("escapes a job title with markup in the HTML part and builds no links", () => {
    const html = smtp.messages[0]?.html || "";
    expect(html).toContain("ML Engineer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Nimbus &amp; Co");
    expect(html).not.toMatch(/<script|<a\s|href=/i);
  });

  it("never sends a sent digest again", async () => {
    const again = await send(sessionId);
    expect(again).toMatchObject({ sent: true, status: "already_sent" });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.attempts).toBe(6);
  });

  it("sends one e-mail when two calls race for the same session", async () => {
    await endSession(s.t.database.db, otherSessionId, 60);
    smtp.latencyMs = 300;
    const results = await Promise.all([send(otherSessionId), send(otherSessionId)]);
    smtp.latencyMs = 0;
    expect(results.filter((r) => r.status === "sent")).toHaveLength(1);
    expect(results.map((r) => r.status).sort()).toEqual(["in_progress", "sent"]);
    const mails = smtp.messages.filter((m) => m.subject === "Nyx session complete: 1 application (0 submitted)");
    expect(mails).toHaveLength(1);
    expect(await digestRows(otherSessionId)).toHaveLength(1);
    expect((await send(otherSessionId)).status).toBe("already_sent");
  });

  it("does not retry a permanent refusal, and an empty session still gets its digest", async () => {
    const empty = await createSession(s.t.database.db, world.userId, 30);
    const before = smtp.attempts;
    smtp.rejectNext(1, 550);
    const refused = await send(empty);
    expect(refused).toMatchObject({ sent: false, status: "failed" });
    expect(refused.error).toMatch(/\(1 attempt\).*550/);
    expect(smtp.attempts).toBe(before + 1);
    const later = await send(empty);
    expect(later).toMatchObject({ sent: true, status: "sent", digestId: refused.digestId });
    expect(smtp.messages.at(-1)?.subject).toBe("Nyx session so far: 0 applications (0 submitted)");
    expect(smtp.messages.at(-1)?.text).toContain("- Applications: 0");
  });

  it.runIf(driver === "postgres")("sends one e-mail when two servers end the same session at once", async () => {
    const second: Database = await openDatabase({ databaseUrl: s.t.url, dataDir: s.dataDir });
    try {
      const shared = await createSession(s.t.database.db, world.userId, 90);
      await endSession(s.t.database.db, shared, 90);
      const before = smtp.messages.length;
      smtp.latencyMs = 300;
      const results = await Promise.all([send(shared), send(shared, withSmtp, second.db)]);
      smtp.latencyMs = 0;
      expect(results.map((r) => r.status).sort()).toEqual(["in_progress", "sent"]);
      expect(smtp.messages.length).toBe(before + 1);
    } finally {
      await second.close();
    }
  });

  it("an unknown session is a clear error that changes nothing", async () => {
    await expect(send("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
  });

  it("logs ids and counts, never the recipient, the login or what the e-mail says", () => {
    const all = logs.join("\n");
    expect(all).toContain("digest e-mail sent");
    for (const secret of [TO, SMTP_LOGIN.pass, "Kestrel Labs", "<script>", "Data Scientist"])
      expect(all).not.toContain(secret);
  });
});
