import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REVIEW_POSTINGS, type ReviewPosting } from "@nyx/server/testing/review-postings";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { pairExtension } from "../support/pair.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";

const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const [SAP, SALESFORCE, ANDROID] = REVIEW_POSTINGS as [ReviewPosting, ReviewPosting, ReviewPosting];

interface Row {
  id: string;
  jobTitle: string;
  status: string;
}

describe("the side panel's review queue, live over the WebSocket", () => {
  let server: NyxServer;
  let browser: ExtensionBrowser;
  let panel: Page;
  const pages = mkdtempSync(join(tmpdir(), "nyx-review-pages-"));
  const applications = () => JSON.parse(server.cli(["jobs", "list", "--json"]).stdout) as Row[];
  /** `nyx hunt` of a saved page, through the running server (so the server publishes the hunt). */
  const hunt = (posting: ReviewPosting) => {
    const file = join(pages, `${posting.url.split("/").pop()}.html`);
    writeFileSync(file, posting.html);
    const result = server.cli(["hunt", "--url", posting.url, "--html", file]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ decision: "review" });
  };
  const connection = () => panel.getByTestId("connection");
  const feed = () => panel.getByTestId("live-feed");
  const items = () => panel.getByTestId("review-item");

  beforeAll(async () => {
    server = await startNyxServer();
    expect(server.cli(["profile", "import", ADA]).status).toBe(0);
    hunt(SAP);
    hunt(SALESFORCE);
    browser = await launchWithExtension();
    await pairExtension(browser, server);
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(pages, { recursive: true, force: true });
  });

  it("connects and lists the waiting jobs with score, breakdown, reasons and effort", async () => {
    await connection().getByText("Connected").waitFor();
    await expect.poll(() => items().count()).toBe(2);
    const sap = items().filter({ hasText: SAP.title });
    await expect.poll(() => sap.textContent()).toMatch(/Alpen Retail: 2\d %/);
    expect(await sap.textContent()).toMatch(/Skills \d+ %.*Title \d+ %/);
    expect(await sap.textContent()).toMatch(/skills 0\/2 \(lacking Salesforce, SAP\)/);
    expect(await sap.textContent()).toMatch(/effort (low|medium|high)/);
    expect(await feed().textContent()).toMatch(/Nothing yet/);
  });

  it("shows a job hunted elsewhere at once: in the feed and in the queue", async () => {
    hunt(ANDROID);
    await feed().getByText(`Hunted ${ANDROID.title} at ${ANDROID.company}: In review queue`).waitFor();
    await expect.poll(() => items().count()).toBe(3);
  });

  it("approves two at once: both queued on the server, the panel told over the WebSocket", async () => {
    for (const posting of [SAP, SALESFORCE]) {
      await items().filter({ hasText: posting.title }).getByRole("checkbox").check();
    }
    await panel.getByRole("button", { name: "Approve" }).click();
    await panel.getByRole("status").getByText("Approved 2 jobs.").waitFor();

    const rows = applications();
    for (const posting of [SAP, SALESFORCE]) {
      expect(rows.find((r) => r.jobTitle === posting.title)?.status).toBe("queued");
    }
    expect(rows.find((r) => r.jobTitle === ANDROID.title)?.status).toBe("paused");
    // The reason is only in what the server pushed, not in the decide answer: it came over the WebSocket.
    for (const posting of [SAP, SALESFORCE]) {
      await feed().getByText(`${posting.title} at ${posting.company}: queued (approved by the person)`).waitFor();
    }
    await expect.poll(() => items().count()).toBe(1);
    expect(await items().first().textContent()).toContain(ANDROID.title);
  });

  it("shows Reconnecting… while the server restarts, then reconnects and carries on", async () => {
    await server.restart({
      whileDown: async () => {
        await connection().getByText("Reconnecting…").waitFor({ timeout: 15_000 });
        expect(await connection().textContent()).toMatch(/does not answer|dropped/);
      },
    });
    await connection().getByText("Connected").waitFor({ timeout: 60_000 });
    await items().filter({ hasText: ANDROID.title }).getByRole("checkbox").check();
    await panel.getByRole("button", { name: "Reject" }).click();
    await feed().getByText(`${ANDROID.title} at ${ANDROID.company}: skipped (rejected by the person)`).waitFor();
    expect(applications().find((r) => r.jobTitle === ANDROID.title)?.status).toBe("skipped");
    await panel.getByText(/No job is waiting for you/).waitFor();
  });
});
