import { readFileSync } from "node:fs";
import { REVIEW_POSTINGS, type ReviewPosting } from "@nyx/server/testing/review-postings";
import { ApplicationDetail, ApplicationRecord, HistoryPage, HuntResult } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyUrl } from "../support/job-board.ts";
import { applyToCase, cleanCase, openPanelAt, startTrackerRig, type TrackerRig } from "../support/tracker-rig.ts";

const [HUNTED] = REVIEW_POSTINGS as [ReviewPosting];
const QUEUED_COPIES = 24;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((name, k) => [name, r[k] ?? ""])));
}

/**
 * History in the side panel, against what applying really recorded: search and filters with
 * paging, an application's whole record, a corrected answer shown beside its original, the
 * outcome, and the CSV of the filtered list checked against the server's own records.
 */
describe("the side panel's History", () => {
  let rig: TrackerRig;
  let greenhouse = "";
  let german = "";
  const panel = () => rig.panel;
  const rows = () => panel().getByTestId("history-row");
  const total = () => panel().getByTestId("history-total");
  const detail = async (id: string) => ApplicationDetail.parse(await rig.api(`/api/applications/${id}/detail`));
  const search = async (fill: Record<string, string>, selects: Record<string, string> = {}) => {
    const form = panel().getByRole("form", { name: "History filters" });
    await form.getByRole("button", { name: "Clear" }).click();
    for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
    for (const [label, value] of Object.entries(selects))
      await form.getByLabel(label, { exact: true }).selectOption(value);
    await form.getByRole("button", { name: "Search" }).click();
  };

  beforeAll(async () => {
    rig = await startTrackerRig();
    greenhouse = await applyToCase(rig, cleanCase("greenhouse-react"));
    german = await applyToCase(rig, cleanCase("generic-german"));
    const hunted = HuntResult.parse(await rig.api("/api/jobs", { json: { url: HUNTED.url, html: HUNTED.html } }));
    expect(hunted.decision).toBe("review");
    for (let k = 1; k <= QUEUED_COPIES; k++)
      await rig.api("/api/applications", {
        json: { url: copyUrl(cleanCase("generic-german").spec.url, k), effort: "high" },
      });
  }, 400_000);
  afterAll(async () => {
    await rig?.close();
  });

  it("lists every application newest first, a page at a time", async () => {
    await openPanelAt(rig, "history");
    await expect.poll(() => total().textContent()).toBe(`25 of ${QUEUED_COPIES + 3} applications`);
    expect(await rows().count()).toBe(25);
    await panel().getByRole("button", { name: "Load more" }).click();
    await expect.poll(() => rows().count()).toBe(QUEUED_COPIES + 3);
    expect(await panel().getByRole("button", { name: "Load more" }).count()).toBe(0);
    // The oldest come last: the two sent applications, in the order they were made.
    const ids = await rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
    expect(ids.slice(-2)).toEqual([german, greenhouse]);
  });

  it("filters by status, effort, company, days and match score, and says when nothing matches", async () => {
    const all = HistoryPage.parse(await rig.api("/api/applications/history?limit=500")).rows;
    await search({}, { Status: "submitted" });
    await expect.poll(() => total().textContent()).toBe("2 of 2 applications");
    expect(await rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual([german, greenhouse]);

    const high = all.filter((r) => r.effort === "high").length;
    expect(high).toBeGreaterThanOrEqual(QUEUED_COPIES);
    await search({}, { Effort: "high" });
    await expect.poll(() => total().textContent()).toBe(`${Math.min(25, high)} of ${high} applications`);
    expect(await rows().evaluateAll((els) => els.every((e) => e.textContent?.includes("effort high")))).toBe(true);

    const company = (await detail(greenhouse)).posting.company ?? "";
    expect(company.length).toBeGreaterThan(3);
    await search({ Company: company.slice(1, -1).toLowerCase() });
    await expect.poll(() => total().textContent()).toBe("1 of 1 application");
    expect(await rows().first().getAttribute("data-id")).toBe(greenhouse);

    await search({ From: day(-1), To: day(1) });
    await expect.poll(() => total().textContent()).toBe(`25 of ${QUEUED_COPIES + 3} applications`);
    await search({ From: day(2) });
    await expect.poll(() => total().textContent()).toBe("0 of 0 applications");
    await panel().getByText("No application matches these filters").waitFor();

    const scored = all.filter((r) => r.score !== null && r.score >= 0.5 && r.score <= 0.9).map((r) => r.id);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored.length).toBeLessThan(3);
    await search({ "Score from %": "50", "Score to %": "90" });
    await expect
      .poll(() => total().textContent())
      .toBe(`${scored.length} of ${scored.length} application${scored.length === 1 ? "" : "s"}`);
    expect(await rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(scored);
    const low = HistoryPage.parse(await rig.api("/api/applications/history?maxScore=0.499")).rows.map((r) => r.id);
    expect(low).toContain(all.find((r) => r.jobTitle === HUNTED.title)?.id);
    await search({ "Score to %": "49.9" });
    await expect.poll(() => rows().evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(low);

    await search({ "Score from %": "70", "Score to %": "20" });
    await panel().getByRole("alert").getByText("The lowest match score is above the highest").waitFor();
  });

  it("opens an application with its posting, answers and sources, letter, CV, events, timeline and cost", async () => {
    const recorded = await detail(greenhouse);
    await openPanelAt(rig, `history/${greenhouse}`);
    const view = panel().getByTestId("application-detail");
    await view.getByRole("heading", { name: `${recorded.posting.title} at ${recorded.posting.company}` }).waitFor();
    expect(await view.getByTestId("detail-posting").textContent()).toContain(recorded.posting.url);
    const shown = view.getByTestId("detail-question");
    expect(await shown.count()).toBe(recorded.questions.length);
    expect(recorded.questions.length).toBeGreaterThan(3);
    for (const [i, q] of recorded.questions.entries()) {
      const text = (await shown.nth(i).textContent()) ?? "";
      expect(text).toContain(q.label);
      if (q.answer) expect(text).toContain(q.answer);
      expect(text).toContain(`source ${(q.source ?? "unknown").replaceAll("_", " ")}`);
    }
    expect(recorded.questions.some((q) => q.source === "llm")).toBe(true);
    expect(await view.getByTestId("detail-cv").textContent()).toContain(recorded.cv?.name ?? "no CV recorded");
    const letter = view.getByTestId("detail-cover-letter");
    if (recorded.coverLetter) expect(await letter.textContent()).toContain(recorded.coverLetter.text);
    else await letter.getByText("No cover letter").waitFor();
    for (const e of recorded.events)
      expect(await view.getByTestId("detail-events").textContent()).toContain(e.type.replaceAll("_", " "));
    expect(await view.getByTestId("detail-timeline").textContent()).toContain("submitted");
    expect(recorded.usage.costUsd).toBeGreaterThan(0);
    expect(await view.getByTestId("detail-cost").textContent()).toContain(`for ${recorded.usage.calls} model call`);
  });

  it("corrects a recorded answer: the panel shows the correction and the original", async () => {
    const before = await detail(greenhouse);
    const question = before.questions.find((q) => q.source === "llm" && q.answer);
    if (!question?.answer) throw new Error("no answer written by the model to correct");
    const corrected = "Your team works on ranking problems I know well from my current role.";
    const item = panel().getByTestId("detail-question").filter({ hasText: question.label });
    await item.getByRole("button", { name: `Correct ${question.label}` }).click();
    const form = item.getByRole("form", { name: `Correct ${question.label}` });
    await form.getByLabel("Corrected value").fill(corrected);
    await form.getByLabel("Why (optional)").fill("closer to what I would say");
    await form.getByRole("button", { name: "Save correction" }).click();

    await item.getByTestId("answer-original").waitFor();
    expect(await item.getByTestId("answer-now").textContent()).toContain(corrected);
    expect(await item.getByTestId("answer-original").textContent()).toContain(question.answer);
    const listed = panel().getByTestId("correction");
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain("closer to what I would say");

    const after = (await detail(greenhouse)).questions.find((q) => q.id === question.id);
    expect(after).toMatchObject({ answer: corrected, originalAnswer: question.answer, corrected: true });
  });

  it("sets the outcome: an interview with its date and type", async () => {
    const form = panel().getByRole("form", { name: "Set the outcome" });
    await form.getByLabel("Outcome").selectOption("interview");
    await form.getByLabel("Interview on").fill(`${day(7)}T10:30`);
    await form.getByLabel("Interview type").selectOption("technical");
    await form.getByRole("button", { name: "Set outcome" }).click();
    await panel().getByRole("status").getByText("Outcome set: interview.").waitFor();
    await panel().getByTestId("detail-interviews").getByText("technical").waitFor();
    expect(await panel().getByTestId("detail-summary").textContent()).toContain("outcome interview");

    const recorded = await detail(greenhouse);
    expect(recorded.outcome?.outcome).toBe("interview");
    expect(recorded.interviews).toHaveLength(1);
    expect(recorded.interviews[0]).toMatchObject({ type: "technical", round: 1 });
    expect(new Date(recorded.interviews[0]?.scheduledAt ?? "").getTime()).toBe(new Date(`${day(7)}T10:30`).getTime());
  });

  it("exports the filtered list as CSV, row for row what the server recorded", async () => {
    await panel().getByRole("link", { name: "← All applications" }).click();
    await search({}, { Status: "submitted" });
    await expect.poll(() => total().textContent()).toBe("2 of 2 applications");
    const [download] = await Promise.all([
      panel().waitForEvent("download"),
      panel().getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nyx-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(readFileSync((await download.path()) ?? "", "utf8"));
    await panel().getByRole("status").getByText("The CSV is in your downloads.").waitFor();

    const listed = HistoryPage.parse(await rig.api("/api/applications/history?status=submitted"));
    expect(csv.map((r) => r.application_id).sort()).toEqual(listed.rows.map((r) => r.id).sort());
    expect(csv.map((r) => r.application_id).sort()).toEqual([greenhouse, german].sort());
    for (const row of csv) {
      const record = ApplicationRecord.parse(await rig.api(`/api/applications/${row.application_id}`));
      expect(row).toMatchObject({
        job_title: record.jobTitle,
        company_name: record.company ?? "",
        status: record.status,
        effort_level: record.effortLevel,
        tokens_input: String(record.tokensInput),
        tokens_output: String(record.tokensOutput),
      });
      expect(Number(row.cost_usd)).toBeCloseTo(record.costUsd, 6);
      const byQuestion = (qs: { question: string }[]) => [...qs].sort((a, b) => a.question.localeCompare(b.question));
      expect(byQuestion(JSON.parse(row.questions_answers ?? "[]"))).toEqual(byQuestion(record.questionsAnswers));
    }
    const sent = csv.find((r) => r.application_id === greenhouse);
    expect(sent?.questions_answers).toContain("Your team works on ranking problems I know well");
  });
});
