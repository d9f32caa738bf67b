import {
  ApplicationDetail,
  CorrectionRecord,
  ErrorBody,
  type HistoryCorrectionInput,
  type HistoryFilter,
  HistoryPage,
  type ResponseInput,
  ResponseResult,
  Stats,
  type StatsQuery,
} from "@nyx/shared";
import { callApi } from "../server-client.ts";
import { ServerError } from "../server-error.ts";
import { serverToken, serverUrl } from "../storage.ts";

/** History and Stats (PRODUCT.md §8): the person's applications, one in full, what came back, the charts. */

type Params = Record<string, string | number | undefined>;

/** `?a=1&b=x`, leaving out what is not set (the server reads an empty value as not given too). */
export function queryOf(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** One page of History, newest first; `cursor` is the previous page's `nextCursor`. */
export function fetchHistory(filter: HistoryFilter, page: { limit?: number; cursor?: string } = {}) {
  return callApi(`/api/applications/history${queryOf({ ...filter, ...page })}`, HistoryPage);
}

export function fetchApplicationDetail(id: string) {
  return callApi(`/api/applications/${encodeURIComponent(id)}/detail`, ApplicationDetail);
}

/** Corrects one recorded value of this application (kept beside the original). */
export function correctApplication(id: string, correction: HistoryCorrectionInput) {
  return callApi(`/api/applications/${encodeURIComponent(id)}/corrections`, CorrectionRecord, { json: correction });
}

/** Records what came back for a submitted application (with an interview to schedule one). */
export function recordResponse(id: string, response: ResponseInput) {
  return callApi(`/api/applications/${encodeURIComponent(id)}/response`, ResponseResult, { json: response });
}

export function fetchStats(query: Pick<StatsQuery, "from" | "to" | "top"> = {}) {
  return callApi(`/api/stats${queryOf(query)}`, Stats);
}

/** The History rows the filters select, as the server's CSV (a file, so not through callApi's JSON). */
export async function fetchHistoryCsv(filter: HistoryFilter): Promise<Blob> {
  const token = await serverToken.getValue();
  if (!token) throw new ServerError('Not paired yet: open the Nyx side panel and enter the code from "nyx pair".', 401);
  const base = await serverUrl.getValue();
  let response: Response;
  try {
    response = await fetch(new URL(`/api/applications/history.csv${queryOf(filter)}`, base), {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    throw new ServerError(`The Nyx server does not answer at ${base}. Is "pnpm nyx start" running?`, undefined);
  }
  if (!response.ok) {
    const error = ErrorBody.safeParse(await response.json().catch(() => undefined));
    throw new ServerError(
      error.success ? error.data.message : `The server answered ${response.status}`,
      response.status,
    );
  }
  return response.blob();
}
