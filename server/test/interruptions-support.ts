import { sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Notifier, PersonMessage } from "../src/notify/types.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import type { TestApp } from "./support.ts";

/** A Notifier of our own that records what it was asked to send (the Telegram one is tested on its own). */
export function recordingNotifier(enabled = true): Notifier & { sent: PersonMessage[] } {
  const sent: PersonMessage[] = [];
  let id = 1000;
  return {
    enabled,
    sent,
    send: async (message) => {
      sent.push(message);
      id += 1;
      return { messageId: id };
    },
  };
}

export const post = (s: TestApp, path: string, json: unknown) => s.call(path, { method: "POST", json });

export async function importAda(s: TestApp): Promise<void> {
  expect((await post(s, "/api/profiles", { yaml: ADA_YAML, files: adaFiles() })).status).toBe(201);
}

/**
 * An application for `url` handed to a worker tab (in_progress, attempt 1), its job named after a
 * company and a title as a posting would give them.
 */
export async function applicationBeingApplied(
  s: TestApp,
  url: string,
  job: { company: string; title: string },
): Promise<string> {
  const created = await post(s, "/api/applications", { url });
  expect(created.status).toBe(201);
  const { applicationId } = (await created.json()) as { applicationId: string };
  const db = s.t.database.db;
  const company = await db.execute<{ id: string }>(
    sql`insert into companies (name) values (${job.company}) returning id`,
  );
  await db.execute(sql`update job_posts set job_title = ${job.title}, company_id = ${company.rows[0]?.id}
    where id = (select job_post_id from applications where id = ${applicationId})`);
  expect((await post(s, `/api/applications/${applicationId}/apply`, {})).status).toBe(202);
  return applicationId;
}

export async function rows<T>(s: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await s.t.database.db.execute<T & Record<string, unknown>>(query)).rows;
}

export async function setInterruptions(s: TestApp, interruptions: Record<string, number>): Promise<void> {
  const response = await s.call("/api/settings", { method: "PUT", json: { interruptions } });
  expect(response.status).toBe(200);
}
