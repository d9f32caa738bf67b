import type { AppDeps } from "./deps.ts";
import { sendSessionDigest, sendUnsentDigests } from "./digest/index.ts";
import { supplyCode } from "./interruptions/supply-code.ts";
import type { LiveHub } from "./live/hub.ts";
import { createLlm, type Llm } from "./llm/index.ts";
import { startMonitor } from "./monitor/index.ts";
import { createTelegram } from "./notify/telegram/index.ts";
import type { Notifier } from "./notify/types.ts";
import { readOwner } from "./owner.ts";
import { personCommands } from "./sessions/person-commands.ts";
import { createSessionService, type SessionService } from "./sessions/service.ts";
import { scheduleFollowUpReminders } from "./tracker/follow-up-reminders.ts";

export interface Services {
  llm: Llm;
  notifier: Notifier;
  sessions: SessionService;
  /** Starts the work that runs on its own: the session carried on, the phone, the monitor, unsent digests. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

type ServiceDeps = Omit<AppDeps, "door" | "live">;

/**
 * The parts of a running server beyond HTTP: the LLM, the person's phone (Telegram), the session
 * service with its digest, and the company monitor. The phone and the session need each other —
 * the session tells the phone, the phone's commands act on the session — so the phone is reached
 * through a notifier that is bound once both exist.
 */
export function createServices(deps: ServiceDeps, live: LiveHub): Services {
  const { env, logger, dataDir } = deps;
  const db = deps.database.db;
  const llm = deps.llm ?? createLlm({ env, db, logger });
  let phone: Notifier | undefined = deps.notifier;
  const notifier: Notifier = {
    get enabled() {
      return phone?.enabled ?? false;
    },
    send: (message) => phone?.send(message) ?? Promise.resolve(undefined),
  };
  const sessions =
    deps.sessions ??
    createSessionService({
      env,
      db,
      logger,
      dataDir,
      live,
      notifier,
      onEnded: async (sessionId) => {
        const result = await sendSessionDigest({ db, env, logger }, sessionId);
        logger.info({ sessionId, status: result.status }, "session digest");
      },
    });
  const telegram = deps.notifier
    ? undefined
    : createTelegram(
        { env, logger },
        personCommands({
          db,
          dataDir,
          sessions,
          code: async (code, replyTo) => {
            const userId = readOwner(dataDir)?.userId;
            if (!userId) return "No profile yet: nothing is waiting for a code.";
            return (await supplyCode({ db, live, logger, userId }, { code, replyTo })).answer;
          },
        }),
      );
  phone ??= telegram;
  live.onClientMessage((message) => {
    if (message.type !== "working") return;
    sessions.working(message.applications).catch((error: unknown) => {
      logger.warn({ err: error }, "leases not renewed");
    });
  });
  let monitor: ReturnType<typeof startMonitor> | undefined;
  let followUps: ReturnType<typeof scheduleFollowUpReminders> | undefined;
  return {
    llm,
    notifier,
    sessions,
    start: async () => {
      await sessions.start();
      await telegram?.start();
      monitor = startMonitor({ db, llm, logger, dataDir, live });
      followUps = scheduleFollowUpReminders({ db, logger, dataDir, notifier });
      sendUnsentDigests({ db, env, logger }).catch((error: unknown) =>
        logger.warn({ err: error }, "unsent digests not retried"),
      );
    },
    stop: async () => {
      await monitor?.stop();
      followUps?.stop();
      await telegram?.stop();
      await sessions.close();
    },
  };
}
