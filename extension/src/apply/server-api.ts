import {
  type ApplyOutcome,
  ApplyTarget,
  type FillPlanRequest,
  FillPlanResponse,
  ResumeFile,
  type StepReport,
} from "@nyx/shared";
import { z } from "zod";
import { callApi } from "../server-client.ts";

/** The apply flow's calls to the server, made by the background with the paired token. */

export const fetchFillPlan = (request: FillPlanRequest) =>
  callApi("/api/fill-plan", FillPlanResponse, { json: request });

export const fetchResume = (versionId: string) =>
  callApi(`/api/resumes/${encodeURIComponent(versionId)}/file`, ResumeFile);

export const startOnServer = (applicationId: string) =>
  callApi(`/api/applications/${applicationId}/apply`, ApplyTarget, { json: {} });

export const reportStep = (applicationId: string, report: StepReport) =>
  callApi(`/api/applications/${applicationId}/steps`, z.object({ recorded: z.number() }), { json: report });

export const reportOutcome = (applicationId: string, outcome: ApplyOutcome) =>
  callApi(`/api/applications/${applicationId}/outcome`, z.object({ recorded: z.string() }), { json: outcome });
