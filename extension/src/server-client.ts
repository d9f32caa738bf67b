import {
  type BulkRequest,
  BulkResult,
  ErrorBody,
  HuntResult,
  type PostingSnapshot,
  ProfileSummary,
  type ReviewDecision,
  ReviewDecisionResult,
  type ReviewItem,
  ReviewQueue,
} from "@nyx/shared";
import { z } from "zod";
import { ServerError } from "./server-error.ts";
import { serverToken, serverUrl } from "./storage.ts";

export const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  database: z.object({ ok: z.boolean(), driver: z.string() }),
  notices: z.array(z.string()),
  paired: z.boolean(),
});
export type Health = z.infer<typeof Health>;

async function call<T>(path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const base = await serverUrl.getValue();
  let response: Response;
  try {
    response = await fetch(new URL(path, base), init);
  } catch {
    throw new ServerError(`The Nyx server does not answer at ${base}. Is "pnpm nyx start" running?`, undefined);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ErrorBody.safeParse(body);
    throw new ServerError(
      error.success ? error.data.message : `The server answered ${response.status}`,
      response.status,
    );
  }
  return schema.parse(body);
}

export const fetchHealth = () => call("/health", Health);

/** A call to the API with the paired token (background and extension pages only; never content scripts). */
export async function callApi<T>(
  path: string,
  schema: z.ZodType<T>,
  init: { method?: string; json?: unknown } = {},
): Promise<T> {
  const token = await serverToken.getValue();
  if (!token) throw new ServerError('Not paired yet: open the Nyx side panel and enter the code from "nyx pair".', 401);
  return call(path, schema, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.json === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
  });
}

/** Trades the code from "nyx pair" for the token, and keeps the token. */
export async function pair(code: string): Promise<void> {
  const { token } = await call("/pair", z.object({ token: z.string(), extensionId: z.string() }), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code }),
  });
  await serverToken.setValue(token);
}

export async function fetchProfiles(): Promise<ProfileSummary[]> {
  const { profiles } = await callApi("/api/profiles", z.object({ profiles: z.array(ProfileSummary) }));
  return profiles;
}

/** Sends a posting page to the server, which reads, scores and decides on it ("Hunt this job"). */
export function huntPosting(snapshot: PostingSnapshot): Promise<HuntResult> {
  return callApi("/api/jobs", HuntResult, { json: snapshot });
}

/** The jobs waiting for the person's decision (20–50 % matches), best first. */
export async function fetchReviewQueue(): Promise<ReviewItem[]> {
  const { items } = await callApi("/api/review-queue", ReviewQueue);
  return items;
}

/** Approve (apply) or reject (skip) waiting jobs; all or none. */
export function decideReview(decision: ReviewDecision): Promise<ReviewDecisionResult> {
  return callApi("/api/review-queue/decide", ReviewDecisionResult, { json: decision });
}

/** Enqueues many jobs in one request (a LinkedIn search page's cards): new, duplicates, skipped. */
export function enqueueBulk(request: BulkRequest): Promise<BulkResult> {
  return callApi("/api/jobs/bulk", BulkResult, { json: request });
}
