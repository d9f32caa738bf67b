import type { HuntResult, MessageError } from "@nyx/shared";
import { errorMessage, sendMessage } from "../../src/content-messaging.ts";
import type { HuntBadge } from "./hunt-badge.ts";
import { takeSnapshot } from "./snapshot.ts";

/** Snapshots this page, asks the background to hunt it, and shows the answer on the badge. Never throws. */
export async function huntPage(badge: HuntBadge): Promise<HuntResult | MessageError> {
  badge.busy();
  let result: HuntResult | MessageError;
  try {
    result = await sendMessage("huntPage", takeSnapshot());
  } catch (error) {
    result = { error: errorMessage(error) };
  }
  if ("error" in result) badge.failed(result.error);
  else badge.done(result.label);
  return result;
}
