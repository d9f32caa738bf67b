import { type EffortChange, EffortChangeResult } from "@nyx/shared";
import { callApi } from "../server-client.ts";

/** The person sets the effort of an application not yet started (a job in the review queue). */
export function changeEffort(applicationId: string, change: EffortChange): Promise<EffortChangeResult> {
  return callApi(`/api/applications/${encodeURIComponent(applicationId)}/effort`, EffortChangeResult, {
    json: change,
  });
}
