import { type Db, schema } from "@nyx/db";
import type { ApplyOutcome, EffortLevel } from "@nyx/shared";
import { eq, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { recordOutcome } from "../src/apply/progress.ts";
import { startApplying } from "../src/apply/target.ts";
import { hunt } from "../src/hunt/pipeline.ts";
import type { Llm } from "../src/llm/index.ts";
import { recordUsage } from "../src/llm/usage-log.ts";

/**
 * A session built through the real paths: postings hunted (job, company, application with its
 * score and the effort asked for), applications handed to workers in the session (`dispatched`
 * events), their outcomes recorded as the extension reports them, LLM usage recorded per call.
 */

export interface PlannedApplication {
  title: string;
  company: string;
  host: string;
  effort: EffortLevel;
  /** What happens in the session; "not_dispatched" stays queued outside it. */
  fate:
    | { kind: "submitted"; secondsTaken: number; failedFirst?: boolean }
    | { kind: "failed"; code: string }
    | { kind: "interrupted"; interruption: "captcha" | "verification_code" }
    | { kind: "submit_intent_only" }
    | { kind: "not_dispatched" };
  usage?: { tokensInput: number; tokensOutput: number };
}

export interface BuiltApplication extends PlannedApplication {
  id: string;
  score: number;
  /** The estimated cost of its recorded LLM usage, as recordUsage priced it. */
  costUsd: number;
}

export interface SessionWorld {
  db: Db;
  userId: string;
  llm: Llm;
  logger: Logger;
  dataDir: string;
}

/** A careers page with schema.org JSON-LD for a job the fixture person could do. */
export function careersPage(p: Pick<PlannedApplication, "title" | "company" | "host">) {
  const slug = p.title.toLowerCase().replace(/[^a-z]+/g, "-");
  const url = `https://${p.host}/jobs/${slug}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: p.title,
    description: "Build machine learning systems in Python and PyTorch on Kubernetes. SQL, Docker, MLOps. 5+ years.",
    datePosted: "2026-01-10",
    employmentType: "FULL_TIME",
    hiringOrganization: { "@type": "Organization", name: p.company },
    jobLocation: {
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: "Zurich", addressCountry: "CH" },
    },
  };
  const json = JSON.stringify(jsonLd).replace(/</g, "\\u003c");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>
<link rel="canonical" href="${url}"><script type="application/ld+json">${json}</script></head>
<body><main><h1>Careers</h1></main></body></html>`;
  return { url, html };
}

export async function createSession(db: Db, userId: string, startedSecondsAgo = 3600): Promise<string> {
  const [row] = await db
    .insert(schema.applicationSessions)
    .values({
      userId,
      sessionName: "digest test",
      status: "running",
      startDatetime: sql`now() - make_interval(secs => ${startedSecondsAgo})`,
    })
    .returning({ id: schema.applicationSessions.id });
  if (!row) throw new Error("no session");
  return row.id;
}

export async function endSession(db: Db, sessionId: string, afterSeconds: number): Promise<void> {
  await db
    .update(schema.applicationSessions)
    .set({ status: "completed", endDatetime: sql`start_datetime + make_interval(secs => ${afterSeconds})` })
    .where(eq(schema.applicationSessions.id, sessionId));
}

/** Hunts each planned posting and plays its fate in the session. */
export async function playSession(
  world: SessionWorld,
  sessionId: string,
  plan: readonly PlannedApplication[],
): Promise<BuiltApplication[]> {
  const built: BuiltApplication[] = [];
  for (const p of plan) {
    // The page's own JSON-LD loses markup in a title; the extension's reading of the DOM text keeps it.
    const snapshot = { ...careersPage(p), extraction: { title: p.title } };
    const result = await hunt(world, snapshot, { effort: p.effort });
    if (result.decision === "skip") throw new Error(`${p.title} was skipped: ${result.reason}`);
    const id = result.application.id;
    const dispatched = p.fate.kind !== "not_dispatched";
    if (p.fate.kind !== "not_dispatched") await play(world, sessionId, id, p.fate);
    const usage = p.usage
      ? await recordUsage(world.db, {
          provider: "xAI",
          model: "grok-4-1-fast-reasoning",
          callType: "chat_completion",
          context: { purpose: "form_answer", applicationId: id, ...(dispatched ? { sessionId } : {}) },
          ...p.usage,
          startedAt: new Date(),
          endedAt: new Date(),
          status: "success",
        })
      : undefined;
    built.push({ ...p, id, score: Number(result.score.toFixed(3)), costUsd: usage?.costUsd ?? 0 });
  }
  return built;
}

async function play(
  world: SessionWorld,
  sessionId: string,
  id: string,
  fate: Exclude<PlannedApplication["fate"], { kind: "not_dispatched" }>,
): Promise<void> {
  const { db, userId } = world;
  const dispatch = () => startApplying(db, userId, id, { leaseSeconds: 600, sessionId });
  const outcome = (o: ApplyOutcome) => recordOutcome(db, id, o);
  let { attempt } = await dispatch();
  const pageUrl = "https://example.test/apply";
  switch (fate.kind) {
    case "submitted":
      if (fate.failedFirst) {
        await outcome({ outcome: "failed", code: "timeout", detail: "the page did not answer" });
        ({ attempt } = await dispatch());
      }
      await db
        .update(schema.applications)
        .set({ applicationStartedAt: sql`now() - make_interval(secs => ${fate.secondsTaken})` })
        .where(eq(schema.applications.id, id));
      await outcome({ outcome: "submit_intent", pageUrl, attempt });
      await outcome({ outcome: "submitted", confirmation: "page_text", text: "Thank you" });
      return;
    case "failed":
      await outcome({ outcome: "failed", code: fate.code, detail: `failed with ${fate.code}` });
      return;
    case "interrupted":
      await outcome({ outcome: "interrupted", interruption: fate.interruption, detail: "the person is needed" });
      return;
    case "submit_intent_only":
      await outcome({ outcome: "submit_intent", pageUrl, attempt });
      return;
  }
}

export const SCRIPT_TITLE = 'ML Engineer <script>alert("x")</script>';

/** The session the digest tests tell: nine applications handed out in it, one not. */
// biome-ignore format: one application per line reads as a table
export const PLAN: PlannedApplication[] = [
  { title: "Machine Learning Engineer", company: "Quillstone AG", host: "jobs.quillstone.example", effort: "high", fate: { kind: "submitted", secondsTaken: 120 }, usage: { tokensInput: 1000, tokensOutput: 200 } },
  { title: "Senior ML Engineer", company: "Lindenwerk", host: "careers.lindenwerk.example", effort: "medium", fate: { kind: "submitted", secondsTaken: 300, failedFirst: true }, usage: { tokensInput: 1500, tokensOutput: 300 } },
  { title: "Data Scientist", company: "Brightfold", host: "jobs.brightfold.example", effort: "low", fate: { kind: "failed", code: "form_error" }, usage: { tokensInput: 800, tokensOutput: 100 } },
  { title: "AI Engineer", company: "Brightfold", host: "jobs.brightfold.example", effort: "low", fate: { kind: "failed", code: "form_error" } },
  { title: "MLOps Engineer", company: "Nordhaven", host: "apply.nordhaven.example", effort: "medium", fate: { kind: "failed", code: "timeout" } },
  { title: "NLP Engineer", company: "Alpen Data", host: "careers.alpendata.example", effort: "high", fate: { kind: "interrupted", interruption: "captcha" }, usage: { tokensInput: 500, tokensOutput: 50 } },
  { title: "Data Engineer", company: "Kestrel Labs", host: "jobs.kestrel.example", effort: "low", fate: { kind: "interrupted", interruption: "verification_code" } },
  { title: SCRIPT_TITLE, company: "Nimbus & Co", host: "jobs.nimbus.example", effort: "medium", fate: { kind: "failed", code: "blocked_domain" } },
  { title: "Python Engineer", company: "Quillstone AG", host: "jobs.quillstone.example", effort: "high", fate: { kind: "submit_intent_only" } },
  // Not part of the session: queued but never handed to a worker in it.
  { title: "Backend ML Engineer", company: "Othermark", host: "jobs.othermark.example", effort: "low", fate: { kind: "not_dispatched" }, usage: { tokensInput: 9999, tokensOutput: 999 } },
];
// biome-ignore format: one application per line reads as a table
export const OTHER_SESSION: PlannedApplication[] = [
  { title: "Research Engineer", company: "Othermark", host: "jobs.othermark.example", effort: "medium", fate: { kind: "failed", code: "form_error" }, usage: { tokensInput: 7777, tokensOutput: 777 } },
];
