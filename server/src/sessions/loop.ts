import { type Db, schema } from "@nyx/db";
import type { ApplyTarget, LiveEvent, SessionEndReason } from "@nyx/shared";
import { eq } from "drizzle-orm";
import PQueue from "p-queue";
import type { Logger } from "pino";
import { claimNext } from "../queue/claim.ts";
import { loadSettings } from "../settings/store.ts";
import { pauseBetweenApplications, type RunLimits } from "./limits.ts";
import { sessionById } from "./store.ts";

export interface LoopContext {
  db: Db;
  logger: Logger;
  userId: string;
  /** Sends to the connected extension; `connected` says whether one is there to take work. */
  publish(event: LiveEvent): void;
  connected(): boolean;
  /** Something changed that the side panel shows. */
  changed(applicationIds?: string[]): void;
  /** The session reached an end of its own (a limit, an empty queue). */
  ended(reason: SessionEndReason): Promise<void>;
  random?: () => number;
}

const IDLE_MS = 1000;
const POLL_MS = 1500;

const END_WORDS: Record<"max_applications" | "daily_cap", SessionEndReason> = {
  max_applications: "max_applications",
  daily_cap: "daily_cap",
};

/**
 * One running session in this server: a feeder claims the next application whenever fewer than
 * `workers` are out, hands it to the extension over the WebSocket, and a p-queue slot holds it
 * until it settles (an outcome, or its lease taken back), then rests the tab's pause between
 * applications. Everything it counts is read from the records, so a restarted server carries on
 * where the last one stopped; the session's status in the database is the switch (another server,
 * the CLI or Telegram may pause or stop it).
 */
export class SessionLoop {
  private readonly pq: PQueue;
  private readonly waiters = new Map<string, () => void>();
  private wakeFeeder: (() => void) | undefined;
  private closed = false;
  readonly done: Promise<void>;

  constructor(
    private readonly ctx: LoopContext,
    readonly sessionId: string,
    private readonly limits: RunLimits,
    adopt: readonly ApplyTarget[] = [],
  ) {
    this.pq = new PQueue({ concurrency: limits.workers });
    for (const target of adopt) void this.pq.add(() => this.hold(target, false));
    this.done = this.feed().catch((error: unknown) => {
      ctx.logger.error({ err: error, sessionId }, "session loop failed");
    });
  }

  /** An application's attempt settled (its outcome was recorded, or the reaper took it back). */
  settled(applicationId: string): void {
    this.waiters.get(applicationId)?.();
  }

  /** Look at the switch again now (paused, resumed, stopped). */
  wake(): void {
    this.wakeFeeder?.();
  }

  /** Stops claiming; applications already out are left to finish. */
  close(): void {
    this.closed = true;
    this.wake();
    for (const release of this.waiters.values()) release();
  }

  /** Resolves when the applications already handed out have settled (or `ms` passed). */
  async drained(ms: number): Promise<void> {
    await Promise.race([this.pq.onIdle(), new Promise((resolve) => setTimeout(resolve, ms).unref())]);
  }

  get out(): number {
    return this.pq.pending;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeFeeder = done;
    });
  }

  private async feed(): Promise<void> {
    const { db, logger } = this.ctx;
    while (!this.closed) {
      const session = await sessionById(db, this.sessionId);
      if (!session || (session.status !== "running" && session.status !== "paused")) return;
      if (session.status === "paused" || !this.ctx.connected() || this.pq.pending >= this.limits.workers) {
        await this.sleep(IDLE_MS);
        continue;
      }
      const started = session.startDatetime?.getTime() ?? Date.now();
      if (Date.now() - started >= this.limits.maxSeconds * 1000) return this.finish("max_duration");
      const { queue } = await loadSettings(db);
      const claim = await claimNext(db, {
        userId: this.ctx.userId,
        sessionId: this.sessionId,
        limits: this.limits,
        leaseSeconds: queue.leaseSeconds,
      });
      if (claim.kind === "claimed") {
        logger.info({ sessionId: this.sessionId, applicationId: claim.target.applicationId }, "dispatched");
        void this.pq.add(() => this.hold(claim.target, true));
        continue;
      }
      if (claim.kind === "wait") {
        await this.sleep(Math.min(Math.max(claim.retryAt.getTime() - Date.now(), 200), 2000));
        continue;
      }
      if (this.pq.pending > 0) {
        await this.sleep(IDLE_MS);
        continue;
      }
      return this.finish(claim.kind === "empty" ? "queue_empty" : END_WORDS[claim.reason]);
    }
  }

  private async finish(reason: SessionEndReason): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ctx.ended(reason);
  }

  /** A worker slot: hand the application over, hold the slot until it settles, then rest. */
  private async hold(target: ApplyTarget, send: boolean): Promise<void> {
    const id = target.applicationId;
    if (send) this.ctx.publish({ type: "apply", ...target, workers: this.limits.workers });
    this.ctx.changed([id]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        this.stillOut(target).then(
          (out) => {
            if (!out) finish();
          },
          (error: unknown) => this.ctx.logger.warn({ err: error, applicationId: id }, "could not check an attempt"),
        );
      }, POLL_MS);
      const finish = () => {
        clearInterval(poll);
        this.waiters.delete(id);
        resolve();
      };
      this.waiters.set(id, finish);
    });
    this.ctx.changed([id]);
    this.wake();
    const rest = pauseBetweenApplications(this.limits, this.ctx.random);
    if (rest > 0 && !this.closed) await new Promise((resolve) => setTimeout(resolve, rest).unref());
  }

  private async stillOut(target: ApplyTarget): Promise<boolean> {
    const [row] = await this.ctx.db
      .select({ status: schema.applications.applicationStatus, attempt: schema.applicationLeases.attempt })
      .from(schema.applications)
      .leftJoin(schema.applicationLeases, eq(schema.applicationLeases.applicationId, schema.applications.id))
      .where(eq(schema.applications.id, target.applicationId));
    return row?.status === "in_progress" && row.attempt === target.attempt;
  }
}
