import { type SmtpStandIn, startSmtpStandIn } from "@nyx/server/testing/smtp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { ADA, cleanCopies, FAST_SESSION, waitForSession } from "../session/session-rig.ts";
import { type JobBoard, serveJobBoard } from "../support/job-board.ts";

/**
 * A session with MAX_SESSION_APPLICATIONS=7 over a longer queue: it stops at seven, and the local
 * SMTP server receives exactly one digest whose counts are the session's.
 */
describe("a session's limit and its digest", () => {
  let rig: FormRig;
  let board: JobBoard;
  let smtp: SmtpStandIn;

  beforeAll(async () => {
    smtp = await startSmtpStandIn();
    rig = await startFormRig({
      profile: ADA,
      env: { ...smtp.env, DIGEST_EMAIL_TO: "ada.lovelace@example.com", MAX_SESSION_APPLICATIONS: "7" },
    });
    await rig.api("/api/settings", { method: "PUT", json: FAST_SESSION });
    board = await serveJobBoard(rig.browser.context, cleanCopies(10));
    for (const url of board.urls) await rig.api("/api/applications", { json: { url } });
  });
  afterAll(async () => {
    await rig?.close();
    await smtp?.close();
  });

  it("stops at 7 and sends one digest with the right counts", async () => {
    await rig.api("/api/session/start", { json: {} });
    const ended = await waitForSession(rig, (s) => s.status === "completed" && s.counts.inProgress === 0);
    expect(ended).toMatchObject({
      endReason: "max_applications",
      limits: { maxApplications: 7 },
      counts: { attempted: 7, submitted: 7, queued: 3 },
    });
    expect(board.submissions).toHaveLength(7);
    const deadline = Date.now() + 30_000;
    while (smtp.messages.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail?.envelope.to).toEqual(["ada.lovelace@example.com"]);
    expect(mail?.subject).toMatch(/7 applications \(7 submitted\)/);
    expect(mail?.text).toMatch(/Submitted:?\s+7/i);
    expect(mail?.html).toMatch(/7/);
    // Starting the server again does not send it twice.
    await rig.server.restart();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(smtp.messages).toHaveLength(1);
  });
});
