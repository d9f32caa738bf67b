import {
  DomainPolicies,
  type DomainPolicyView,
  type MonitorUpdate,
  MonitorView,
  NotificationChannels,
  NotificationTestResponse,
  ProfileDraftResponse,
  ProfileImportResult,
  ProfileSummary,
  Settings,
} from "@nyx/shared";
import { z } from "zod";
import { callApi } from "../server-client.ts";

/** The person's settings (thresholds, limits, stealth timing, company tiers, …) as the server keeps them. */
export function fetchSettings(): Promise<Settings> {
  return callApi("/api/settings", Settings);
}

/**
 * Replaces the named sections of the settings (each section whole); the server checks the result
 * and refuses it all, changing nothing, when any value is wrong (the ServerError names the field).
 */
export function saveSettings(sections: Partial<Record<keyof Settings, unknown>>): Promise<Settings> {
  return callApi("/api/settings", Settings, { method: "PUT", json: sections });
}

/** The company monitor's list and schedule, with what its last run found. */
export function fetchMonitor(): Promise<MonitorView> {
  return callApi("/api/monitor", MonitorView);
}

/** Replaces the monitor list (and schedule, enabled); all or nothing. */
export function saveMonitor(update: MonitorUpdate): Promise<MonitorView> {
  return callApi("/api/monitor", MonitorView, { method: "PUT", json: update });
}

/** Which notification channels (Telegram, the digest e-mail) the server has, and what to set for the others. */
export function fetchNotificationChannels(): Promise<NotificationChannels> {
  return callApi("/api/notifications", NotificationChannels);
}

/** Sends a test message through every configured channel; the answer says what went where. */
export function sendTestMessage(): Promise<NotificationTestResponse> {
  return callApi("/api/notifications/test", NotificationTestResponse, { method: "POST", json: {} });
}

/** Makes one of a profile's CVs (by key) the one applications use by default. */
export async function chooseDefaultResume(profileId: string, key: string): Promise<ProfileSummary> {
  const { profile } = await callApi(
    `/api/profiles/${encodeURIComponent(profileId)}/default-resume`,
    z.object({ profile: ProfileSummary }),
    { method: "PUT", json: { key } },
  );
  return profile;
}

/** Imports a profile (profile.yaml text) with its CV files in base64, keyed as the profile names them. */
export function importProfile(yaml: string, files: Record<string, string>): Promise<ProfileImportResult> {
  return callApi("/api/profiles", ProfileImportResult, { json: { yaml, files } });
}

/** Reads a CV into a draft profile.yaml to review; the server stores nothing. */
export function draftProfile(filename: string, base64: string): Promise<ProfileDraftResponse> {
  return callApi("/api/profiles/draft", ProfileDraftResponse, { json: { filename, base64 } });
}

/** Per-site caps and sites to avoid. */
export async function fetchDomainPolicies(): Promise<DomainPolicyView[]> {
  return (await callApi("/api/domain-policies", DomainPolicies)).policies;
}

/** Sets one domain's policy (new, or changing the old one); answers every policy. */
export async function saveDomainPolicy(policy: Record<keyof DomainPolicyView, unknown>): Promise<DomainPolicyView[]> {
  return (await callApi("/api/domain-policies", DomainPolicies, { method: "PUT", json: policy })).policies;
}
