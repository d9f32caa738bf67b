import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApplicationRecord } from "@nyx/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { pairExtension } from "../support/pair.ts";
import { canonicalUrl, servePostings } from "../support/postings.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";

const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const POSTINGS = new URL("../../../shared/fixtures/postings/", import.meta.url);

interface PostingCase {
  name: string;
  url: string;
  html: string;
  expected: { platform: string; title: string; company?: string };
}

/** Every saved posting, served at the address its page names as canonical. */
const cases: PostingCase[] = readdirSync(POSTINGS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const html = fileURLToPath(new URL(`${entry.name}/index.html`, POSTINGS));
    const expected = JSON.parse(readFileSync(new URL(`${entry.name}/expected.json`, POSTINGS), "utf8"));
    return { name: entry.name, url: canonicalUrl(html), html, expected };
  });
const greenhouse = cases.find((c) => c.expected.platform === "greenhouse");
if (greenhouse === undefined) throw new Error("no Greenhouse posting among the fixtures");
/** The classic board's address of a Greenhouse job (the fixture lives on job-boards.greenhouse.io). */
const classicGreenhouse: PostingCase = {
  ...greenhouse,
  name: `${greenhouse.name} (classic board)`,
  url: greenhouse.url.replace("//job-boards.greenhouse.io/", "//boards.greenhouse.io/"),
};

/** What the badge says once the hunt is over (it says "Hunting…" while it waits). */
async function huntOutcome(page: Page): Promise<string> {
  const status = page.locator("nyx-hunt-badge").getByRole("status");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 90_000 }).not.toMatch(/^(Hunting…)?$/);
  return (await status.textContent()) ?? "";
}

/** The label says what the server recorded: the decision follows the stored score and status. */
function expectLabelMatchesRecord(label: string, record: ApplicationRecord): void {
  const score = record.matchScore ?? Number.NaN;
  const review = label.match(/^In review queue: (\d+) %$/);
  if (label === "Applying") expect(score).toBeGreaterThan(0.5);
  else if (review) expect(Number(review[1])).toBe(Math.round(score * 100));
  else if (label.startsWith("Skipped: ")) expect(record.status).toBe("skipped");
  else throw new Error(`not a hunt label: ${label}`);
}

describe("Hunt this job on the posting pages of every site the fixtures have", () => {
  let server: NyxServer;
  let browser: ExtensionBrowser;
  const applications = () => JSON.parse(server.cli(["jobs", "list", "--json"]).stdout) as ApplicationRecord[];

  beforeAll(async () => {
    expect(cases.map((c) => c.expected.platform).sort()).toEqual(
      expect.arrayContaining([
        "ashby",
        "generic",
        "greenhouse",
        "indeed",
        "lever",
        "linkedin",
        "smartrecruiters",
        "workday",
      ]),
    );
    server = await startNyxServer();
    expect(server.cli(["profile", "import", ADA]).status).toBe(0);
    browser = await launchWithExtension();
    await pairExtension(browser, server);
    await servePostings(browser.context, Object.fromEntries([...cases, classicGreenhouse].map((c) => [c.url, c.html])));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(cases)("$name ($expected.platform): shows the button, hunts, shows the recorded label", async (posting) => {
    const page = await browser.context.newPage();
    await page.goto(posting.url);
    await page.getByRole("button", { name: "Hunt this job" }).click();
    const label = await huntOutcome(page);

    const record = applications().find((r) => r.jobTitle === posting.expected.title);
    expect(record, `no application recorded for "${posting.expected.title}"`).toBeDefined();
    if (record === undefined) return;
    if (posting.expected.company !== undefined) expect(record.company).toBe(posting.expected.company);
    expectLabelMatchesRecord(label, record);
    await page.close();
  });

  it("shows the button on a classic boards.greenhouse.io posting too, and hunts it", async () => {
    const page = await browser.context.newPage();
    await page.goto(classicGreenhouse.url);
    await page.getByRole("button", { name: "Hunt this job" }).click();
    const label = await huntOutcome(page);
    const record = applications().find((r) => r.jobTitle === classicGreenhouse.expected.title);
    expect(record).toBeDefined();
    if (record !== undefined) expectLabelMatchesRecord(label, record);
    await page.close();
  });

  it("shows no button on a page that is not a posting (the LinkedIn search results)", async () => {
    const url = "https://www.linkedin.com/jobs/search/?keywords=data";
    await browser.context.route(url, (route) =>
      route.fulfill({ contentType: "text/html", body: "<html><body><ul><li>Jobs</li></ul></body></html>" }),
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1_500);
    expect(await page.locator("nyx-hunt-badge").count()).toBe(0);
    await page.close();
  });
});
