import type { Db } from "@nyx/db";
import type { ApplyTarget } from "@nyx/shared";
import { sql } from "drizzle-orm";

/**
 * Applications of a session still out with a worker when this server took the session over (after
 * a restart): they keep a slot until they settle, so the tabs are never more than the limit.
 */
export async function adoptable(db: Db, sessionId: string): Promise<ApplyTarget[]> {
  const { rows } = await db.execute<{ id: string; attempt: number; url: string | null }>(sql`
    select a.id, l.attempt, (select e.payload->>'url' from application_events e
                               where e.application_id = a.id and e.event_type = 'dispatched'
                               order by e.created_at desc limit 1) as url
      from applications a join nyx_runtime.application_leases l on l.application_id = a.id
     where a.session_id = ${sessionId} and a.application_status = 'in_progress' and l.leased_until is not null`);
  return rows
    .filter((r): r is { id: string; attempt: number; url: string } => typeof r.url === "string")
    .map((r) => ({ applicationId: r.id, attempt: r.attempt, url: r.url }));
}
