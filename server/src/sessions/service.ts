import type { Db } from "@nyx/db";
import { AppError, type LiveEvent, type SessionAction, type SessionEndReason, type SessionView } from "@nyx/shared";
import type { Logger } from "pino";
import type { Env } from "../env.ts";
import { publishApplications } from "../live/application-events.ts";
import type { LivePublisher } from "../live/hub.ts";
import type { Notifier } from "../notify/types.ts";
import { readOwner } from "../owner.ts";
import { renewLeases } from "../queue/lease.ts";
import { reapExpiredLeases } from "../queue/retry.ts";
import { loadSettings } from "../settings/store.ts";
import { adoptable } from "./adopt.ts";
import { effectiveLimits, type RunLimits } from "./limits.ts";
import { SessionLoop } from "./loop.ts";
import { createSession, lastSession, openSession, refreshTotals, type SessionRow, setSessionStatus } from "./store.ts";
import { sessionView } from "./view.ts";

export interface SessionServiceDeps {
  env: Env;
  db: Db;
  logger: Logger;
  dataDir: string;
  live: LivePublisher & { readonly size: number };
  /** Called once when a session has ended and its applications have settled (the digest e-mail). */
  onEnded?: (sessionId: string) => Promise<void>;
  /** The person's phone, for a session that stops to wait for them. */
  notifier?: Notifier;
  random?: () => number;
}

export interface SessionService {
  /** The open session, else the last one, as the side panel shows it; null before the first. */
  view(): Promise<SessionView | null>;
  act(action: SessionAction): Promise<SessionView>;
  /** The whole session waits for the person (a security check, a sign-in wall); nothing new starts. */
  pauseFor(reason: string): Promise<void>;
  /** An outcome was recorded for this application. */
  settled(applicationId: string): void;
  /** The extension's `working` heartbeat: the leases of these attempts run on. */
  working(applications: readonly { applicationId: string; attempt: number }[]): Promise<void>;
  /** At server start: carry on with a session that was running, and start taking back dead leases. */
  start(): Promise<void>;
  close(): Promise<void>;
}

const END_MESSAGES: Record<SessionEndReason, string> = {
  max_duration: "the session reached its time limit",
  max_applications: "the session reached its number of applications",
  daily_cap: "today's limit of applications is reached",
  queue_empty: "the queue is empty",
  stopped: "stopped by the person",
  error: "the session stopped after an error",
};

export function createSessionService(deps: SessionServiceDeps): SessionService {
  const log = deps.logger.child({ module: "sessions" });
  let loop: SessionLoop | undefined;
  let reaper: ReturnType<typeof setInterval> | undefined;
  let publishTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const pendingApps = new Set<string>();

  const owner = () => {
    const found = readOwner(deps.dataDir);
    if (!found) throw new AppError("conflict", 'no profile yet: import one first ("nyx profile import profile.yaml")');
    return found.userId;
  };
  const connected = () => deps.live.size > 0;
  const viewOf = (row: SessionRow) => sessionView(deps.db, row, { extensionConnected: connected() });

  /**
   * Tells the side panel what changed: at once when nothing was told in the last 200 ms, else
   * together with whatever else changes until 200 ms have passed (never more often than that).
   */
  let lastPublished = 0;
  const changed = (applicationIds: string[] = []) => {
    for (const id of applicationIds) pendingApps.add(id);
    if (publishTimer || closed) return;
    publishTimer = setTimeout(
      () => {
        publishTimer = undefined;
        lastPublished = Date.now();
        const ids = [...pendingApps];
        pendingApps.clear();
        void publishNow(ids);
      },
      Math.max(0, lastPublished + 200 - Date.now()),
    );
  };
  const publishNow = async (ids: string[]) => {
    try {
      if (ids.length > 0) await publishApplications({ db: deps.db, live: deps.live, logger: log }, ids);
      const userId = readOwner(deps.dataDir)?.userId;
      const row = userId ? ((await openSession(deps.db, userId)) ?? (await lastSession(deps.db, userId))) : undefined;
      if (row) deps.live.publish({ type: "session", session: await viewOf(row) });
    } catch (error) {
      log.warn({ err: error }, "session state not published");
    }
  };

  const ended = async (sessionId: string, reason: SessionEndReason, current: SessionLoop | undefined) => {
    await setSessionStatus(deps.db, sessionId, "completed", {
      type: "ended",
      message: END_MESSAGES[reason],
      endReason: reason,
    });
    log.info({ sessionId, reason }, "session ended");
    changed();
    // The digest waits for what is still out to settle (bounded: a lease and a little).
    const { queue } = await loadSettings(deps.db);
    await current?.drained((queue.leaseSeconds + 5) * 1000);
    await refreshTotals(deps.db, sessionId);
    changed();
    if (deps.onEnded)
      await deps
        .onEnded(sessionId)
        .catch((error: unknown) => log.warn({ err: error, sessionId }, "after-session work failed"));
  };

  const run = async (row: SessionRow, limits: RunLimits) => {
    if (loop?.sessionId === row.id) return loop;
    loop?.close();
    const adopt = await adoptable(deps.db, row.id);
    const current: SessionLoop = new SessionLoop(
      {
        db: deps.db,
        logger: log,
        userId: row.userId,
        publish: (event: LiveEvent) => deps.live.publish(event),
        connected,
        changed,
        ended: (reason) => ended(row.id, reason, current),
        ...(deps.random ? { random: deps.random } : {}),
      },
      row.id,
      limits,
      adopt,
    );
    loop = current;
    startReaper(1000);
    void current.done.then(() => {
      if (loop === current) loop = undefined;
    });
    return current;
  };

  const reap = async () => {
    try {
      const { queue } = await loadSettings(deps.db);
      const taken = await reapExpiredLeases(deps.db, queue);
      if (taken.length > 0) {
        log.info({ applications: taken.length }, "took back applications whose worker stopped answering");
        for (const id of taken) loop?.settled(id);
        changed(taken);
      }
    } catch (error) {
      log.warn({ err: error }, "lease reaper failed");
    }
  };
  const startReaper = (ms: number) => {
    if (reaper || closed) return;
    reaper = setInterval(() => void reap(), ms);
    reaper.unref();
  };

  const limitsOf = (row: SessionRow, fallback: RunLimits): RunLimits =>
    (row.configSnapshot as { limits?: RunLimits } | null)?.limits ?? fallback;

  return {
    async view() {
      const userId = readOwner(deps.dataDir)?.userId;
      if (!userId) return null;
      const row = (await openSession(deps.db, userId)) ?? (await lastSession(deps.db, userId));
      return row ? viewOf(row) : null;
    },

    async act(action) {
      const userId = owner();
      const open = await openSession(deps.db, userId);
      if (action === "start") {
        const limits = effectiveLimits(deps.env, await loadSettings(deps.db));
        const { session, created } = open
          ? { session: open, created: false }
          : await createSession(deps.db, userId, limits);
        if (created) log.info({ sessionId: session.id }, "session started");
        if (session.status === "running") await run(session, limitsOf(session, limits));
        changed();
        return viewOf(session);
      }
      if (!open) throw new AppError("conflict", 'no session is running: start one with "nyx session start"');
      if (action === "pause") {
        if (open.status === "running")
          await setSessionStatus(deps.db, open.id, "paused", { type: "paused", message: "paused by the person" });
      } else if (action === "resume") {
        if (open.status !== "running")
          await setSessionStatus(deps.db, open.id, "running", { type: "resumed", message: "resumed by the person" });
        const limits = limitsOf(open, effectiveLimits(deps.env, await loadSettings(deps.db)));
        await run({ ...open, status: "running" }, limits);
      } else {
        const current = loop?.sessionId === open.id ? loop : undefined;
        current?.close();
        await ended(open.id, "stopped", current).catch((error: unknown) => log.error({ err: error }, "stop failed"));
      }
      loop?.wake();
      changed();
      const row = (await openSession(deps.db, userId)) ?? (await lastSession(deps.db, userId));
      if (!row) throw new AppError("internal", "the session disappeared");
      return viewOf(row);
    },

    async pauseFor(reason) {
      const userId = readOwner(deps.dataDir)?.userId;
      if (!userId) return;
      const open = await openSession(deps.db, userId);
      if (open?.status !== "running") return;
      await setSessionStatus(deps.db, open.id, "paused", { type: "paused", message: reason });
      log.info({ sessionId: open.id }, "session paused for the person");
      await deps.notifier?.send({
        text: `Nyx paused the session: ${reason}.\n\nWhen you have dealt with it, send /resume (or resume in the side panel).`,
      });
      loop?.wake();
      changed();
    },

    settled(applicationId) {
      loop?.settled(applicationId);
      changed([applicationId]);
    },

    async working(applications) {
      if (applications.length === 0) return;
      const { queue } = await loadSettings(deps.db);
      await renewLeases(deps.db, applications, queue.leaseSeconds);
    },

    async start() {
      startReaper(5000);
      const userId = readOwner(deps.dataDir)?.userId;
      if (!userId) return;
      const open = await openSession(deps.db, userId);
      if (open?.status === "running") {
        log.info({ sessionId: open.id }, "carrying on with the running session");
        await run(open, limitsOf(open, effectiveLimits(deps.env, await loadSettings(deps.db))));
      }
    },

    async close() {
      closed = true;
      loop?.close();
      clearInterval(reaper);
      clearTimeout(publishTimer);
    },
  };
}
