import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startTelegramStandIn, type TelegramStandIn } from "@nyx/server/testing/telegram";
import { DomainPolicies, MonitorView, ProfileSummary, Settings } from "@nyx/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { pairExtension } from "../support/pair.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";

const PROFILE_DIR = fileURLToPath(new URL("../../../shared/fixtures/profile/", import.meta.url));
const ADA = join(PROFILE_DIR, "ada.yaml");

/** The side panel's Settings view in real Chromium against a running server, Telegram answered by a local Bot API. */
describe("side panel: Settings", () => {
  let tg: TelegramStandIn;
  let server: NyxServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let token: string;

  const api = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const response = await fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return schema.parse(await response.json());
  };
  const settings = () => api("/api/settings", Settings);

  beforeAll(async () => {
    tg = await startTelegramStandIn();
    server = await startNyxServer({
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_CHAT_ID: tg.chatId,
    });
    expect(server.cli(["profile", "import", ADA]).status).toBe(0);
    token = server.cli(["token"]).stdout.trim();
    browser = await launchWithExtension();
    await pairExtension(browser, server);
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#settings`);
    await page.getByTestId("settings-thresholds").waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await tg?.close();
  });

  it("saves a threshold and a limit, and the server keeps them", async () => {
    const thresholds = page.getByTestId("settings-thresholds");
    await expect(thresholds.getByLabel("Apply at or above").inputValue()).resolves.toBe("0.5");
    await thresholds.getByLabel("Apply at or above").fill("0.65");
    await thresholds.getByLabel("Review at or above").fill("0.25");
    await thresholds.getByRole("button", { name: "Save thresholds" }).click();
    await thresholds.getByRole("status").getByText("Saved.").waitFor();

    const limits = page.getByTestId("settings-limits");
    await limits.getByLabel("Applications per session").fill("40");
    await limits.getByLabel("Applications per day").fill("120");
    await limits.getByRole("button", { name: "Save limits" }).click();
    await limits.getByRole("status").getByText("Saved.").waitFor();

    const saved = await settings();
    expect(saved.thresholds).toEqual({ apply: 0.65, review: 0.25 });
    expect(saved.limits).toMatchObject({ maxSessionApplications: 40, maxDailyApplications: 120 });
    // What the form left blank stays the server's own (the environment's) value.
    expect(saved.limits.maxSessionHours).toBeUndefined();
    expect(saved.limits.randomPause).toEqual({ probability: 0.1, minSeconds: 5, maxSeconds: 30 });
  });

  it("saves token budgets, retries and waiting times; refuses a negative budget and changes nothing", async () => {
    const budgets = page.getByTestId("settings-budgets");
    await expect(budgets.getByLabel("Low effort").inputValue()).resolves.toBe("5000");
    await budgets.getByLabel("Medium effort").fill("15000");
    await budgets.getByRole("button", { name: "Save token budgets" }).click();
    await budgets.getByRole("status").getByText("Saved.").waitFor();

    const waiting = page.getByTestId("settings-waiting");
    await waiting.getByLabel("Tries per application").fill("4");
    await waiting.getByLabel("Wait for a verification code (seconds)").fill("300");
    await waiting.getByRole("button", { name: "Save retries and waiting" }).click();
    await waiting.getByRole("status").getByText("Saved.").waitFor();

    const saved = await settings();
    expect(saved.tokenBudgets).toEqual({ low: 5000, medium: 15000, high: 30000 });
    expect(saved.queue).toEqual({ leaseSeconds: 60, maxAttempts: 4, retryBaseSeconds: 30 });
    expect(saved.interruptions).toEqual({ captchaAttempts: 3, captchaAttemptSeconds: 60, codeTimeoutSeconds: 300 });

    await budgets.getByLabel("High effort").fill("-1");
    await budgets.getByRole("button", { name: "Save token budgets" }).click();
    await budgets
      .getByRole("alert")
      .getByText(/tokenBudgets\.high/)
      .waitFor();
    expect((await settings()).tokenBudgets).toEqual(saved.tokenBudgets);
  });

  it("shows the server's refusal of a bad value next to the form, and changes nothing", async () => {
    const before = await settings();
    const thresholds = page.getByTestId("settings-thresholds");
    await thresholds.getByLabel("Apply at or above").fill("0.1");
    await thresholds.getByRole("button", { name: "Save thresholds" }).click();
    await thresholds
      .getByRole("alert")
      .getByText(/thresholds\.review: review must not be above apply/)
      .waitFor();
    await expect(thresholds.getByRole("alert").textContent()).resolves.toMatch(/Nothing was changed/);

    const limits = page.getByTestId("settings-limits");
    await limits.getByLabel("Worker tabs at once (1–5)").fill("9");
    await limits.getByRole("button", { name: "Save limits" }).click();
    await limits
      .getByRole("alert")
      .getByText(/limits\.workers/)
      .waitFor();

    const stealth = page.getByTestId("settings-stealth");
    await stealth.getByLabel("Between fields, min (ms)").fill("soon");
    await stealth.getByRole("button", { name: "Save stealth timing" }).click();
    await stealth
      .getByRole("alert")
      .getByText(/stealth\.fieldDelayMs\.min/)
      .waitFor();

    expect(await settings()).toEqual(before);
  });

  it("edits the company tiers and the monitor list", async () => {
    const tiers = page.getByTestId("settings-tiers");
    await tiers.getByLabel("Companies to avoid").fill("Initrode\n\nGlobex");
    await tiers.getByRole("button", { name: "Save company tiers" }).click();
    await tiers.getByRole("status").getByText("Saved.").waitFor();
    expect((await settings()).companyTiers.avoid).toEqual(["Initrode", "Globex"]);

    const monitor = page.getByTestId("settings-monitor");
    await monitor.getByText(/No company is watched yet/).waitFor();
    await monitor.getByRole("button", { name: "Add a source" }).click();
    await monitor.getByLabel("Source 1 board").fill("quillstone");
    await monitor.getByRole("button", { name: "Add a source" }).click();
    await monitor.getByLabel("Source 2 kind").selectOption("careers");
    await monitor.getByLabel("Source 2 address").fill("not a web address");
    await monitor.getByRole("button", { name: "Save company monitor" }).click();
    await monitor
      .getByRole("alert")
      .getByText(/the monitor list was not changed: entry 2: url/)
      .waitFor();
    expect((await api("/api/monitor", MonitorView)).monitor.sources).toEqual([]);

    await monitor.getByLabel("Source 2 address").fill("https://careers.example.com/jobs");
    await monitor.getByLabel("Source 2 company").fill("Example Careers");
    await monitor.getByLabel("Schedule (cron)").fill("0 */6 * * *");
    await monitor.getByRole("button", { name: "Save company monitor" }).click();
    await monitor.getByRole("status").getByText("Monitor list saved.").waitFor();
    const saved = (await api("/api/monitor", MonitorView)).monitor;
    expect(saved.schedule).toBe("0 */6 * * *");
    expect(saved.sources).toEqual([
      { kind: "greenhouse", board: "quillstone" },
      { kind: "careers", url: "https://careers.example.com/jobs", company: "Example Careers" },
    ]);

    await monitor.getByRole("button", { name: "Remove source 1" }).click();
    await monitor.getByRole("button", { name: "Save company monitor" }).click();
    await monitor.getByRole("status").getByText("Monitor list saved.").waitFor();
    await expect
      .poll(async () => (await api("/api/monitor", MonitorView)).monitor.sources.map((s) => s.kind))
      .toEqual(["careers"]);
  });

  it("sets a domain policy, and shows the server's refusal of a bad one", async () => {
    const section = page.getByTestId("settings-domain-policies");
    await section.getByText(/No domain policy yet/).waitFor();
    await section.getByLabel("Domain").fill("boards.example.com");
    await section.getByLabel("Applications a day on it").fill("4");
    await section.getByLabel("Seconds between two").fill("-5");
    await section.getByRole("button", { name: "Save domain policies" }).click();
    await section
      .getByRole("alert")
      .getByText(/minSecondsBetween/)
      .waitFor();
    expect((await api("/api/domain-policies", DomainPolicies)).policies).toEqual([]);

    await section.getByLabel("Seconds between two").fill("90");
    await section.getByRole("button", { name: "Save domain policies" }).click();
    await section.getByRole("status").getByText("Domain policy saved.").waitFor();
    await section.getByRole("button", { name: "Edit boards.example.com" }).waitFor();
    expect((await api("/api/domain-policies", DomainPolicies)).policies).toEqual([
      { domain: "boards.example.com", maxPerDay: 4, minSecondsBetween: 90, maxConcurrent: 1, avoid: false },
    ]);
  });

  it("imports a profile file with its CVs from the panel, and drafts a profile from a CV", async () => {
    const importer = page.getByTestId("profile-import");
    await importer.getByText("Import a profile").click();
    await importer.getByLabel("Profile file (YAML)").setInputFiles(ADA);
    const cvs = readdirSync(PROFILE_DIR)
      .filter((f) => !f.endsWith(".yaml"))
      .map((f) => join(PROFILE_DIR, f));
    await importer.getByLabel("CV files").setInputFiles(cvs);
    await importer.getByRole("button", { name: "Import profile" }).click();
    // The server already has this very profile (imported with the CLI): the same files change nothing.
    await importer
      .getByRole("status")
      .getByText(/Profile main was already up to date/)
      .waitFor();

    // Without the CV files the server names what is missing, and nothing is imported.
    await importer.getByLabel("CV files").setInputFiles([]);
    await importer.getByRole("button", { name: "Import profile" }).click();
    await importer
      .getByRole("alert")
      .getByText(/CV files could not be read: resumes\.0\.file/)
      .waitFor();

    const drafter = page.getByTestId("cv-draft");
    await drafter.getByText("Draft a profile from a CV").click();
    await drafter.getByLabel(/CV file/).setInputFiles(join(PROFILE_DIR, "ada-lovelace-cv.md"));
    await drafter.getByRole("button", { name: "Read the CV" }).click();
    const yaml = drafter.getByLabel("Draft profile.yaml");
    await yaml.waitFor();
    const email = readFileSync(ADA, "utf8").match(/^email: (\S+)/m)?.[1];
    await expect(yaml.inputValue()).resolves.toContain(`email: ${email}`);
  });

  it("lists the profile's CVs and makes the chosen one the default", async () => {
    const profiles = page.getByTestId("profiles");
    await profiles.getByText(/Profile main: 3 CV\(s\), Machine Learning Engineer/).waitFor();
    const listed = await api("/api/profiles", z.object({ profiles: z.array(ProfileSummary) }));
    const profile = listed.profiles[0];
    const other = profile?.resumes.find((r) => !r.isDefault);
    if (!profile || !other) throw new Error("the fixture profile has a CV besides the default");

    const radio = profiles.getByRole("radio", { name: new RegExp(`^${other.key} \\(`) });
    await expect(radio.isChecked()).resolves.toBe(false);
    await radio.check();
    await profiles
      .getByRole("status")
      .getByText(new RegExp(`Applications now use ${other.key}`))
      .waitFor();
    await expect(radio.isChecked()).resolves.toBe(true);
    const after = await api("/api/profiles", z.object({ profiles: z.array(ProfileSummary) }));
    expect(after.profiles[0]?.resumes.filter((r) => r.isDefault).map((r) => r.key)).toEqual([other.key]);
  });

  it("names the configured channels and sends a test message that arrives at Telegram", async () => {
    const channels = page.getByTestId("settings-notifications");
    await channels.getByText(/Telegram: configured/).waitFor();
    await channels.getByText(/Digest e-mail: not configured/).waitFor();
    await channels.getByText(/SMTP_HOST and DIGEST_EMAIL_TO not set/).waitFor();

    const before = tg.sent.length;
    await channels.getByRole("button", { name: "Send test message" }).click();
    const result = page.getByTestId("notification-test-result");
    await result.getByText(/Telegram: sent/).waitFor();
    await result.getByText(/Digest e-mail: not configured/).waitFor();
    const arrived = tg.sent.slice(before);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({
      method: "sendMessage",
      chatId: tg.chatId,
      text: expect.stringMatching(/test message/),
    });
  });

  it("unpairs on request, and the pairing form asks for a new code", async () => {
    const pairing = page.getByTestId("settings-pairing");
    await pairing.getByText(server.base).waitFor();
    await pairing.getByRole("button", { name: "Unpair…" }).click();
    await pairing.getByRole("button", { name: "Unpair now" }).click();
    await page.getByLabel("Pairing code").waitFor();
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get("serverToken"));
    expect(stored.serverToken ?? null).toBeNull();

    const code = server.cli(["pair"]).stdout.match(/Pairing code: (\S+)/)?.[1];
    await page.getByLabel("Pairing code").fill(code ?? "");
    await page.getByRole("button", { name: "Pair" }).click();
    await page.getByText("Paired with the server.").waitFor();
    await page.getByTestId("settings-thresholds").waitFor();
  });
});
