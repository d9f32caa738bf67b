import type { Db } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { sql } from "drizzle-orm";
import type { PersonCommands } from "../notify/types.ts";
import { readOwner } from "../owner.ts";
import { describeSession } from "./describe.ts";
import type { SessionService } from "./service.ts";

/** Answers a refusal (no session to pause, …) as text for the person instead of an error. */
async function say(work: () => Promise<string>): Promise<string> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

/**
 * What the person can ask from their phone, answered in plain text: the same actions as the side
 * panel and the CLI. A code goes to the application waiting for it.
 */
export function personCommands(deps: {
  db: Db;
  dataDir: string;
  sessions: SessionService;
  code: PersonCommands["code"];
}): PersonCommands {
  const act = (action: "start" | "pause" | "resume" | "stop", done: string) =>
    say(async () => `${done}\n\n${describeSession(await deps.sessions.act(action))}`);
  return {
    status: () =>
      say(async () => {
        const view = await deps.sessions.view();
        return view ? describeSession(view) : "No session yet. Start one in the side panel or with: nyx session start";
      }),
    pause: () => act("pause", "Paused: the tabs finish what they are doing, nothing new starts."),
    resume: () => act("resume", "Resumed."),
    stop: () => act("stop", "Stopped."),
    queue: async () => {
      const userId = readOwner(deps.dataDir)?.userId;
      if (!userId) return "No profile yet.";
      const { rows } = await deps.db.execute<{ title: string | null; company: string | null; n: number }>(sql`
        select j.job_title as title, c.name as company, count(*) over ()::int as n
          from applications a join job_posts j on j.id = a.job_post_id left join companies c on c.id = j.company_id
         where a.user_id = ${userId} and a.application_status = 'queued'
         order by a.created_at limit 5`);
      const total = rows[0]?.n ?? 0;
      if (total === 0) return "The queue is empty.";
      const next = rows.map((r) => `- ${r.title ?? "?"} (${r.company ?? "?"})`).join("\n");
      return `${total} application(s) queued. Next:\n${next}`;
    },
    code: (code, replyTo) => deps.code(code, replyTo),
  };
}
