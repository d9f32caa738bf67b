import { randomUUID } from "node:crypto";
import { type Db, type Driver, schema } from "@nyx/db";
import { eq } from "drizzle-orm";
import { readOwner } from "../src/owner.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp } from "./support.ts";

/**
 * Applications as the pipeline leaves them, written straight into the tables (the hunt and apply
 * paths are exercised elsewhere; here the dates must be chosen): a company, a posting, the
 * application, its status history (queued, in_progress, submitted/failed/…), and a model_usage row
 * for its cost on the day it was created.
 */
export interface SeedSpec {
  key: string;
  title: string;
  company: string | null;
  effort: "low" | "medium" | "high";
  score: number | null;
  status: "queued" | "in_progress" | "submitted" | "failed" | "paused" | "skipped" | "cancelled";
  createdAt: string;
  submittedAt?: string;
  cost?: number;
  tokens?: [number, number];
}

/** The person's history, March 2025 (Europe/Zurich is UTC+1 until 30 March). */
export const SPECS: SeedSpec[] = [
  {
    key: "a1",
    title: "Senior Data Engineer",
    company: "Helvetia Analytics",
    effort: "high",
    score: 0.82,
    status: "submitted",
    createdAt: "2025-03-03T09:00:00Z",
    submittedAt: "2025-03-03T09:20:00Z",
    cost: 0.0123,
    tokens: [21000, 3400],
  },
  {
    key: "a2",
    title: "Machine Learning Engineer",
    company: "Helvetia Analytics",
    effort: "medium",
    score: 0.64,
    status: "submitted",
    createdAt: "2025-03-04T10:00:00Z",
    submittedAt: "2025-03-04T10:30:00Z",
    cost: 0.004,
    tokens: [9000, 1200],
  },
  {
    key: "a3",
    title: "Data Scientist",
    company: "Alpen Retail",
    effort: "low",
    score: 0.35,
    status: "paused",
    createdAt: "2025-03-05T12:00:00Z",
  },
  {
    key: "a4",
    title: "Backend Developer (Go)",
    company: "Zürcher Kantonal",
    effort: "low",
    score: 0.12,
    status: "skipped",
    createdAt: "2025-03-06T07:45:00Z",
  },
  {
    key: "a5",
    title: "MLOps Engineer",
    company: "Nordlicht AG",
    effort: "medium",
    score: 0.55,
    status: "failed",
    createdAt: "2025-03-09T23:30:00Z",
    cost: 0.0021,
    tokens: [4000, 600],
  },
  {
    key: "a6",
    title: "Analytics Engineer 100%_remote",
    company: "Nordlicht AG",
    effort: "high",
    score: null,
    status: "queued",
    createdAt: "2025-03-10T08:00:00Z",
  },
  {
    key: "a7",
    title: "Data Platform Lead",
    company: null,
    effort: "medium",
    score: 1,
    status: "submitted",
    createdAt: "2025-03-11T15:00:00Z",
    submittedAt: "2025-03-11T15:40:00Z",
    cost: 0.0077,
    tokens: [12000, 2100],
  },
];

/** The day an instant falls on in Zurich (Ada's time zone). */
export const zurichDay = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Zurich",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));

export async function seedUser(db: Db, email: string, timezone = "Europe/Zurich"): Promise<string> {
  const [user] = await db
    .insert(schema.users)
    .values({ name: email.split("@")[0] ?? email, email, timezone })
    .returning();
  if (!user) throw new Error("no user");
  return user.id;
}

export async function seedApplication(db: Db, userId: string, spec: SeedSpec): Promise<string> {
  const companyId = spec.company ? await companyIdOf(db, spec.company) : null;
  const slug = spec.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const host = `careers.${(spec.company ?? "unnamed").toLowerCase().replace(/[^a-z]+/g, "")}.example`;
  const created = new Date(spec.createdAt);
  const [job] = await db
    .insert(schema.jobPosts)
    .values({
      companyId,
      sourceUrl: `https://${host}/jobs/${slug}-${randomUUID().slice(0, 8)}`,
      jobTitle: spec.title,
      rawLocation: "Zurich, Switzerland",
      locationCity: "Zurich",
      locationCountry: "Switzerland",
      descriptionClean: `${spec.title}: build and run data systems.`,
      createdAt: created,
    })
    .returning();
  if (!job) throw new Error("no job");
  const [app] = await db
    .insert(schema.applications)
    .values({
      userId,
      jobPostId: job.id,
      effortLevel: spec.effort,
      matchScore: spec.score === null ? null : spec.score.toFixed(3),
      applicationStatus: spec.status,
      applicationStartedAt: spec.submittedAt ? created : null,
      applicationSubmittedAt: spec.submittedAt ? new Date(spec.submittedAt) : null,
      successFlag: spec.status === "submitted" ? true : null,
      domainName: host,
      createdAt: created,
    })
    .returning();
  if (!app) throw new Error("no application");
  const history: { oldStatus: string | null; newStatus: string; changedAt: Date }[] = [
    { oldStatus: null, newStatus: "queued", changedAt: created },
  ];
  if (spec.status !== "queued") {
    const end = spec.submittedAt ? new Date(spec.submittedAt) : new Date(created.getTime() + 60_000);
    if (spec.status === "submitted" || spec.status === "failed")
      history.push({ oldStatus: "queued", newStatus: "in_progress", changedAt: new Date(created.getTime() + 30_000) });
    history.push({ oldStatus: history.at(-1)?.newStatus ?? null, newStatus: spec.status, changedAt: end });
  }
  await db
    .insert(schema.applicationStatusHistory)
    .values(history.map((h) => ({ ...h, applicationId: app.id, reason: `seeded ${h.newStatus}` })));
  if (spec.cost !== undefined) {
    await db.insert(schema.modelUsage).values({
      applicationId: app.id,
      modelName: "grok-4-1-fast-reasoning",
      callType: "chat_completion",
      purpose: "cover_letter",
      tokensInput: spec.tokens?.[0] ?? 0,
      tokensOutput: spec.tokens?.[1] ?? 0,
      costEstimated: spec.cost.toFixed(6),
      startedAt: created,
      endedAt: created,
      createdAt: created,
    });
  }
  return app.id;
}

async function companyIdOf(db: Db, name: string): Promise<string> {
  const [found] = await db
    .select({ id: schema.companies.id })
    .from(schema.companies)
    .where(eq(schema.companies.name, name));
  if (found) return found.id;
  const [made] = await db.insert(schema.companies).values({ name }).returning({ id: schema.companies.id });
  if (!made) throw new Error("no company");
  return made.id;
}

/** Seeds every spec for the user; ids by key. */
export async function seedAll(db: Db, userId: string, specs = SPECS): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const spec of specs) ids[spec.key] = await seedApplication(db, userId, spec);
  return ids;
}

/**
 * The app with Ada imported through the API (she owns the server), and a stranger on the same
 * database with an application of their own, a copy of the first spec (never to be seen by Ada).
 */
export async function trackerApp(driver: Driver, stranger: Partial<SeedSpec> = {}) {
  const s = await createTestApp({ driver });
  const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
  if (imported.status !== 201) throw new Error(`profile import answered ${imported.status}`);
  const userId = readOwner(s.dataDir)?.userId;
  if (!userId) throw new Error("no owner");
  const strangerUser = await seedUser(s.t.database.db, "grace.hopper@example.com");
  const base = SPECS[0] as SeedSpec;
  const strangerId = await seedApplication(s.t.database.db, strangerUser, { ...base, key: "stranger", ...stranger });
  return { s, userId, strangerId };
}
