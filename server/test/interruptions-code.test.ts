import { DRIVERS } from "@nyx/db/testing";
import { ApplyAttempt, CodeWait, type LiveEvent } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supplyCode } from "../src/interruptions/supply-code.ts";
import { requireOwner } from "../src/owner.ts";
import {
  applicationBeingApplied,
  importAda,
  post,
  recordingNotifier,
  rows,
  setInterruptions,
} from "./interruptions-support.ts";
import { createTestApp, type TestApp } from "./support.ts";

const PAGE = "https://apply.veltaro.io/jobs/ml-platform-engineer-2611";
const JOB = { company: "Veltaro", title: "ML Platform Engineer" };
const CODE = "482913";

describe.each(DRIVERS)("a verification code the site sent (%s)", (driver) => {
  let s: TestApp;
  const notifier = recordingNotifier();
  const events: LiveEvent[] = [];
  const ask = (id: string, method = "sms") =>
    post(s, `/api/applications/${id}/code-request`, { method, detail: "asks for a code", pageUrl: PAGE });
  const attempt = async (id: string) =>
    ApplyAttempt.parse(await (await s.call(`/api/applications/${id}/attempt`)).json());
  const twoFactor = (id: string) =>
    rows<{ method: string; status: string; supplied: boolean }>(
      s,
      sql`select method, status, code_supplied_at is not null as supplied from two_factor_events
          where application_id = ${id} order by requested_at`,
    );
  const lease = async (id: string) =>
    (
      await rows<{ attempt: number; held: boolean }>(
        s,
        sql`select attempt, coalesce(leased_until > now(), false) as held from nyx_runtime.application_leases where application_id = ${id}`,
      )
    )[0];
  const supply = (request: { code: string; applicationId?: string; replyTo?: number }) =>
    supplyCode(
      {
        db: s.t.database.db,
        live: s.live,
        logger: pino({ enabled: false }),
        userId: requireOwner(s.dataDir).userId,
      },
      request,
    );

  beforeAll(async () => {
    s = await createTestApp({ driver, notifier });
    await importAda(s);
    s.live.subscribe((event) => events.push(event));
  });
  afterAll(async () => s?.dispose());

  it("pauses the application, releases its lease, tells the person, and waits for the code", async () => {
    const id = await applicationBeingApplied(s, `${PAGE}?c=1`, JOB);
    const response = await ask(id);
    expect(response.status).toBe(201);
    expect(CodeWait.parse(await response.json())).toEqual({ waitSeconds: 600 });
    expect(await twoFactor(id)).toEqual([{ method: "sms", status: "pending", supplied: false }]);
    expect(await attempt(id)).toMatchObject({ status: "paused", failureCode: "verification_code" });
    expect(await lease(id)).toEqual({ attempt: 1, held: false });
    expect(notifier.sent.at(-1)?.text).toMatch(
      /^Veltaro \(apply\.veltaro\.io\) sent a code by SMS for the ML Platform Engineer application\. Reply with the code/,
    );

    const answer = await post(s, `/api/applications/${id}/code`, { code: CODE });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ delivered: true, applicationId: id });
    expect(events).toContainEqual({ type: "code", applicationId: id, code: CODE });
    expect(await twoFactor(id)).toEqual([{ method: "sms", status: "completed", supplied: true }]);
    expect(await attempt(id)).toMatchObject({ status: "in_progress", failureCode: null });
    // The same attempt holds it again, so the waiting tab's submit intent is accepted.
    expect(await lease(id)).toEqual({ attempt: 1, held: true });
    const intent = await post(s, `/api/applications/${id}/outcome`, {
      outcome: "submit_intent",
      pageUrl: PAGE,
      attempt: 1,
    });
    expect(intent.status).toBe(201);
    expect(s.logs.join("\n")).not.toContain(CODE);
    expect(s.logs.join("\n")).not.toContain("Reply with the code");
  });

  it("a second code, a code for an application that waits for none, or no code at all is refused", async () => {
    const id = await applicationBeingApplied(s, `${PAGE}?c=2`, JOB);
    expect((await post(s, `/api/applications/${id}/code`, { code: CODE })).status).toBe(409);
    await ask(id, "email");
    expect((await post(s, `/api/applications/${id}/code`, { code: "12" })).status).toBe(400);
    expect((await post(s, `/api/applications/${id}/code`, {})).status).toBe(400);
    expect((await twoFactor(id))[0]).toMatchObject({ method: "email", status: "pending" });
    expect((await post(s, `/api/applications/${id}/code`, { code: CODE })).status).toBe(200);
    const again = await post(s, `/api/applications/${id}/code`, { code: CODE });
    expect(again.status).toBe(409);
    expect(JSON.stringify(await again.json())).toMatch(/not waiting for a code/);
  });

  it("finds the application by the message a reply answers, or the only one waiting; asks when it cannot tell", async () => {
    const first = await applicationBeingApplied(s, `${PAGE}?c=3`, JOB);
    const second = await applicationBeingApplied(s, `${PAGE}?c=4`, { company: "Corvane Bio", title: "ML Scientist" });
    await ask(first);
    const firstMessage = (
      await rows<{ id: number }>(
        s,
        sql`select (payload->>'messageId')::int as id from application_events
      where application_id = ${first} and event_type = 'code_requested'`,
      )
    )[0]?.id;
    await ask(second, "app");
    expect(notifier.sent.at(-1)?.text).toContain("sent a code to an authenticator app for");
    const unsure = await supply({ code: CODE });
    expect(unsure.delivered).toBe(false);
    expect(unsure.answer).toMatch(
      /Several applications.*ML Platform Engineer at Veltaro.*ML Scientist at Corvane Bio.*Reply to the message/,
    );
    expect((await supply({ code: CODE, replyTo: 424242 })).answer).toMatch(/did not ask for a code/);
    const byReply = await supply({ code: CODE, replyTo: firstMessage ?? -1 });
    expect(byReply).toMatchObject({ delivered: true, applicationId: first });
    const only = await supply({ code: "X7Y8Z9" });
    expect(only).toMatchObject({ delivered: true, applicationId: second });
    expect(events).toContainEqual({ type: "code", applicationId: second, code: "X7Y8Z9" });
    expect((await supply({ code: CODE })).answer).toBe("No application is waiting for a code right now.");
  });

  it("a code after the wait is too late; the tab giving up times the request out and keeps the pause", async () => {
    await setInterruptions(s, { codeTimeoutSeconds: 0 });
    const late = await applicationBeingApplied(s, `${PAGE}?c=5`, JOB);
    expect(CodeWait.parse(await (await ask(late)).json())).toEqual({ waitSeconds: 0 });
    const tooLate = await post(s, `/api/applications/${late}/code`, { code: CODE });
    expect(tooLate.status).toBe(409);
    expect(JSON.stringify(await tooLate.json())).toMatch(/Too late/);
    expect((await twoFactor(late))[0]?.status).toBe("timeout");
    await setInterruptions(s, {});

    const gaveUp = await applicationBeingApplied(s, `${PAGE}?c=6`, JOB);
    await ask(gaveUp);
    const history = async () =>
      (
        await rows<{ n: number }>(
          s,
          sql`select count(*)::int as n from application_status_history where application_id = ${gaveUp}`,
        )
      )[0]?.n;
    const before = await history();
    const outcome = await post(s, `/api/applications/${gaveUp}/outcome`, {
      outcome: "interrupted",
      interruption: "verification_code",
      detail: "apply.veltaro.io asks for a code; no code came within 600 s",
    });
    expect(outcome.status).toBe(201);
    expect((await twoFactor(gaveUp))[0]?.status).toBe("timeout");
    expect(await attempt(gaveUp)).toMatchObject({ status: "paused", failureCode: "verification_code" });
    expect(await history()).toBe(before);
  });

  it("a code request needs an application being applied and a real address", async () => {
    const created = await post(s, "/api/applications", { url: `${PAGE}?c=queued` });
    const { applicationId } = (await created.json()) as { applicationId: string };
    expect((await ask(applicationId)).status).toBe(409);
    const id = await applicationBeingApplied(s, `${PAGE}?c=7`, JOB);
    const bad = await post(s, `/api/applications/${id}/code-request`, { method: "pigeon", detail: "x", pageUrl: PAGE });
    expect(bad.status).toBe(400);
    expect(await twoFactor(id)).toEqual([]);
    expect((await attempt(id)).status).toBe("in_progress");
  });
});
