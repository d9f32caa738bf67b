import type { BulkCounts, MessageError } from "@nyx/shared";
import { errorMessage, sendMessage } from "../../src/messaging.ts";
import { enqueueBulk } from "../../src/server-client.ts";
import { lastBulkEnqueue } from "../../src/storage.ts";

/**
 * "Hunt all jobs on this page": the tab's content script collects the job cards, the background
 * sends them in one `POST /api/jobs/bulk` with the token, keeps the counts for the side panel and
 * has the page show them. Never throws.
 */
export async function huntAllJobs(tabId: number | undefined, pageUrl: string): Promise<BulkCounts | MessageError> {
  if (tabId === undefined) return { error: "No tab to read." };
  let outcome: BulkCounts | MessageError;
  try {
    const collected = await sendMessage("collectJobCards", {}, tabId);
    if ("error" in collected) return collected;
    const result = await enqueueBulk({ cards: collected.cards });
    outcome = { new: result.new, duplicate: result.duplicate, skipped: result.skipped, invalid: result.invalid };
    await lastBulkEnqueue.setValue({ ...outcome, at: new Date().toISOString(), pageUrl });
  } catch (error) {
    outcome = { error: errorMessage(error) };
  }
  try {
    await sendMessage("showBulkOutcome", outcome, tabId);
  } catch (error) {
    console.warn("Nyx: could not show the bulk outcome on the page", error);
  }
  return outcome;
}
