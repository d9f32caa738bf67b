import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { and, eq, gt, sql } from "drizzle-orm";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Writer = Db | Tx;

/**
 * A worker's hold on an application (nyx_runtime.application_leases). Every hand-over takes a new
 * attempt number; signs of life from the worker push `leased_until` on; when they stop, the reaper
 * takes the application back. Only the current attempt may record a submit intent.
 */
export async function takeLease(
  db: Writer,
  lease: { applicationId: string; userId: string; sessionId: string | null; holder: string; leaseSeconds: number },
): Promise<number> {
  const until = sql`now() + make_interval(secs => ${lease.leaseSeconds})`;
  const [row] = await db
    .insert(schema.applicationLeases)
    .values({
      applicationId: lease.applicationId,
      userId: lease.userId,
      sessionId: lease.sessionId,
      holder: lease.holder,
      attempt: 1,
      leasedUntil: until,
      notBefore: null,
    })
    .onConflictDoUpdate({
      target: schema.applicationLeases.applicationId,
      set: {
        attempt: sql`${schema.applicationLeases.attempt} + 1`,
        sessionId: lease.sessionId,
        holder: lease.holder,
        leasedUntil: until,
        notBefore: null,
        updatedAt: sql`now()`,
      },
    })
    .returning({ attempt: schema.applicationLeases.attempt });
  if (!row) throw new AppError("internal", "the lease was not taken");
  return row.attempt;
}

/** Signs of life: the worker still holds these attempts; their leases run on from now. */
export async function renewLeases(
  db: Writer,
  held: readonly { applicationId: string; attempt: number }[],
  leaseSeconds: number,
): Promise<number> {
  let renewed = 0;
  for (const { applicationId, attempt } of held) {
    const rows = await db
      .update(schema.applicationLeases)
      .set({ leasedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`, updatedAt: sql`now()` })
      .where(
        and(
          eq(schema.applicationLeases.applicationId, applicationId),
          eq(schema.applicationLeases.attempt, attempt),
          gt(schema.applicationLeases.leasedUntil, sql`now()`),
        ),
      )
      .returning({ id: schema.applicationLeases.applicationId });
    renewed += rows.length;
  }
  return renewed;
}

/** Any report of the current worker renews its lease (the attempt is not named in step reports). */
export async function touchLease(db: Writer, applicationId: string, leaseSeconds: number): Promise<void> {
  await db
    .update(schema.applicationLeases)
    .set({ leasedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`, updatedAt: sql`now()` })
    .where(
      and(
        eq(schema.applicationLeases.applicationId, applicationId),
        gt(schema.applicationLeases.leasedUntil, sql`now()`),
      ),
    );
}

/** The application is no longer held (it ended, or waits for the person); `notBefore` delays a retry. */
export async function releaseLease(
  db: Writer,
  applicationId: string,
  next: { notBefore?: Date | null; error?: string | null } = {},
): Promise<void> {
  await db
    .update(schema.applicationLeases)
    .set({
      leasedUntil: null,
      holder: null,
      updatedAt: sql`now()`,
      ...(next.notBefore === undefined ? {} : { notBefore: next.notBefore }),
      ...(next.error === undefined ? {} : { lastError: next.error?.slice(0, 2000) ?? null }),
    })
    .where(eq(schema.applicationLeases.applicationId, applicationId));
}

/** The current attempt of an application (0 when it was never handed out). */
export async function currentAttempt(db: Writer, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ attempt: schema.applicationLeases.attempt })
    .from(schema.applicationLeases)
    .where(eq(schema.applicationLeases.applicationId, applicationId));
  return row?.attempt ?? 0;
}

/**
 * The same attempt holds the application again (it waited for the person, lease released, and goes
 * on in the same tab): a fresh lease without a new attempt number, so that tab's submit intent is
 * still accepted. Returns the attempt, or 0 when the application never had a lease.
 */
export async function holdAgain(
  db: Writer,
  applicationId: string,
  lease: { holder: string; leaseSeconds: number },
): Promise<number> {
  const [row] = await db
    .update(schema.applicationLeases)
    .set({
      holder: lease.holder,
      leasedUntil: sql`now() + make_interval(secs => ${lease.leaseSeconds})`,
      notBefore: null,
      updatedAt: sql`now()`,
    })
    .where(eq(schema.applicationLeases.applicationId, applicationId))
    .returning({ attempt: schema.applicationLeases.attempt });
  return row?.attempt ?? 0;
}
