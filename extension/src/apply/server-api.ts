import {
  type ApplyOutcome,
  ApplyTarget,
  CaptchaAdvice,
  type CaptchaAttempt,
  type CodeRequest,
  CodeWait,
  type FillPlanRequest,
  FillPlanResponse,
  ResumeFile,
  type StepReport,
} from "@nyx/shared";
import { z } from "zod";
import { callApi } from "../server-client.ts";
import { retrying } from "./retrying.ts";

/**
 * The apply flow's calls to the server, made by the background with the paired token. What a
 * worker tab reports (steps, outcomes, CAPTCHA attempts, code requests) is retried while the
 * server is unreachable; a refusal is final.
 */

export const fetchFillPlan = (request: FillPlanRequest) =>
  callApi("/api/fill-plan", FillPlanResponse, { json: request });

export const fetchResume = (versionId: string) =>
  callApi(`/api/resumes/${encodeURIComponent(versionId)}/file`, ResumeFile);

export const startOnServer = (applicationId: string) =>
  callApi(`/api/applications/${applicationId}/apply`, ApplyTarget, { json: {} });

export const reportStep = (applicationId: string, report: StepReport) =>
  retrying(() =>
    callApi(`/api/applications/${applicationId}/steps`, z.object({ recorded: z.number() }), { json: report }),
  );

export const reportOutcome = (applicationId: string, outcome: ApplyOutcome) =>
  retrying(() =>
    callApi(`/api/applications/${applicationId}/outcome`, z.object({ recorded: z.string() }), { json: outcome }),
  );

export const reportCaptcha = (applicationId: string, attempt: CaptchaAttempt) =>
  retrying(() => callApi(`/api/applications/${applicationId}/captcha`, CaptchaAdvice, { json: attempt }));

export const requestCode = (applicationId: string, request: CodeRequest) =>
  retrying(() => callApi(`/api/applications/${applicationId}/code-request`, CodeWait, { json: request }));
