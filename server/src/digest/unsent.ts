import type { Db } from "@nyx/db";
import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Env } from "../env.ts";
import { featureStates } from "../env.ts";
import { sendSessionDigest } from "./send.ts";

/**
 * Digests of the last week's ended sessions that did not go out (the SMTP server was down, the
 * server stopped first): sent now, each still at most once. Nothing to do without SMTP.
 */
export async function sendUnsentDigests(deps: { db: Db; env: Env; logger: Logger }): Promise<number> {
  if (!featureStates(deps.env).smtp.configured) return 0;
  const { rows } = await deps.db.execute<{ id: string }>(sql`
    select s.id from application_sessions s
     where s.status in ('completed', 'failed', 'cancelled') and s.end_datetime > now() - interval '7 days'
       and not exists (select 1 from session_digests d where d.session_id = s.id and d.digest_email_sent)
     order by s.end_datetime`);
  let sent = 0;
  for (const { id } of rows) {
    const result = await sendSessionDigest(deps, id);
    if (result.sent) sent += 1;
  }
  return sent;
}
