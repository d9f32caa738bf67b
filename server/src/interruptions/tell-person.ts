import type { Logger } from "pino";
import type { Notifier, PersonMessage } from "../notify/types.ts";

/**
 * One message to the person's phone, when a channel is configured. Never throws: the side panel
 * and the digest still show what happened. The text itself is never logged.
 */
export async function tellPerson(
  notifier: Notifier | undefined,
  logger: Logger,
  message: PersonMessage,
): Promise<{ messageId: number } | undefined> {
  if (!notifier?.enabled) return undefined;
  try {
    return await notifier.send(message);
  } catch (error) {
    logger.warn({ err: error }, "the person could not be told");
    return undefined;
  }
}
