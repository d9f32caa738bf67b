import { setTimeout as sleep } from "node:timers/promises";
import type { Bot } from "grammy";
import type { Logger } from "pino";
import { forGrammy } from "./abort.ts";
import { COMMANDS } from "./conversation.ts";
import { describeFailure } from "./failure.ts";

export interface PollingOptions {
  /** How long one getUpdates call is held open by the API, in seconds. */
  timeoutSeconds: number;
  /** Wait after the first failure; doubled per failure up to `maxBackoffMs`, or the API's retry_after. */
  backoffMs: number;
  maxBackoffMs: number;
}

/** How long stop() waits for a running handler and the final confirmation before it returns. */
const STOP_GRACE_MS = 3000;

/**
 * Long polling we control (instead of bot.start(), which gives up on 401/409 and cannot be stopped
 * while it is still reaching the API): getMe and deleteWebhook until they succeed,
 * then getUpdates in a loop. Every failure is logged and retried with backoff; nothing is thrown.
 * Updates are handled one by one and confirmed (the next offset) as they are taken, so a restart
 * does not act on a command twice.
 */
export function startPolling(bot: Bot, logger: Logger, options: PollingOptions): { stop(): Promise<void> } {
  const controller = new AbortController();
  const { signal } = controller;
  const grammySignal = forGrammy(signal);
  const running = loop().catch((error: unknown) => logger.error({ err: error }, "Telegram polling ended unexpectedly"));

  async function loop(): Promise<void> {
    let offset = 0;
    let confirmed = 0;
    let failures = 0;
    let ready = false;
    while (!signal.aborted) {
      try {
        if (!ready) {
          bot.botInfo = await bot.api.getMe(grammySignal);
          await bot.api.deleteWebhook({}, grammySignal);
          // The command menu in the chat is a convenience: its failure does not hold polling up.
          await bot.api
            .setMyCommands([...COMMANDS], {}, grammySignal)
            .catch((error: unknown) => logger.warn(describeFailure(error), "Telegram command menu not set"));
          ready = true;
          logger.info({ botUsername: bot.botInfo.username }, "Telegram bot connected");
        }
        const wait = forGrammy(AbortSignal.any([signal, AbortSignal.timeout((options.timeoutSeconds + 15) * 1000)]));
        const updates = await bot.api.getUpdates(
          { offset, timeout: options.timeoutSeconds, allowed_updates: ["message"] },
          wait,
        );
        confirmed = offset;
        if (failures > 0) logger.info({ failures }, "Telegram polling resumed");
        failures = 0;
        for (const update of updates) {
          if (signal.aborted) break;
          offset = update.update_id + 1;
          await bot.handleUpdate(update).catch((error: unknown) => {
            logger.error({ updateId: update.update_id, err: error }, "Telegram update not handled");
          });
        }
      } catch (error) {
        if (signal.aborted) break;
        failures += 1;
        const failure = describeFailure(error);
        const retryAfterMs =
          failure.kind === "refused" && failure.retryAfterSeconds !== undefined ? failure.retryAfterSeconds * 1000 : 0;
        const delayMs = Math.max(retryAfterMs, Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (failures - 1)));
        logger.warn({ ...failure, failures, retryInMs: delayMs }, "Telegram polling failed; retrying");
        await sleep(delayMs, undefined, { signal }).catch(() => undefined);
      }
    }
    if (offset > confirmed) {
      // Tell the API the last updates were handled, so they are not delivered again.
      await bot.api
        .getUpdates({ offset, limit: 1, timeout: 0 }, forGrammy(AbortSignal.timeout(STOP_GRACE_MS)))
        .catch(() => undefined);
    }
  }

  return {
    async stop() {
      controller.abort();
      await Promise.race([running, sleep(STOP_GRACE_MS, undefined, { ref: false })]);
    },
  };
}
