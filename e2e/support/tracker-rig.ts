import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type OpenAiStandIn, startOpenAiStandIn } from "@nyx/server/testing/openai";
import { HuntResult } from "@nyx/shared";
import { type FormCase, loadCases } from "../forms/form-case.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { runCase } from "../forms/run-case.ts";
import { ADA, CLEAN_CASES, FORMS } from "../session/session-rig.ts";

/**
 * History and Stats read what applying recorded: a form rig (server on a fresh embedded database,
 * real Chromium with the built extension) whose model is a local OpenAI-compatible stand-in, so
 * free-text answers are written "by the model" and cost something, as they would for the person.
 */
export interface TrackerRig extends FormRig {
  model: OpenAiStandIn;
}

/** What the stand-in model writes for a free-text field: only facts the fixture profile gives. */
const ANSWER =
  "I would be glad to bring my experience building NLP ranking models in PyTorch and running the MLOps platform on Kubernetes to your team. " +
  "In my current role I lead a team building ranking models, and before that I built demand forecasting pipelines with Spark and Airflow.";

export async function startTrackerRig(): Promise<TrackerRig> {
  const model = await startOpenAiStandIn({
    apiKey: "test-key",
    chat: () => ({ json: { text: ANSWER }, usage: { prompt_tokens: 900, completion_tokens: 120 } }),
  });
  try {
    const rig = await startFormRig({
      profile: ADA,
      env: { GROK_API_KEY: "test-key", GROK_BASE_URL: model.url },
      // Strong matches get low effort; a budget that fits one written answer lets the model write it.
      settings: { tokenBudgets: { low: 12_000, medium: 12_000, high: 30_000 } },
    });
    return {
      ...rig,
      model,
      close: async () => {
        await rig.close();
        await model.close();
      },
    };
  } catch (error) {
    await model.close();
    throw error;
  }
}

/** The clean fixture form cases (sent without the person's help) by name. */
export function cleanCase(name: string): FormCase {
  const kase = CLEAN_CASES.find((c) => c.name === name) ?? loadCases(FORMS).find((c) => c.name === name);
  if (!kase) throw new Error(`no form case ${name}`);
  return kase;
}

/**
 * Applies to a fixture form as the person would: "Hunt this job" on its page (the server reads,
 * scores and queues it), then started from the side panel, filled and sent in a worker tab.
 * Returns the application's id once it was submitted.
 */
export async function applyToCase(rig: FormRig, kase: FormCase): Promise<string> {
  const html = readFileSync(join(kase.dir, "index.html"), "utf8");
  const hunted = HuntResult.parse(await rig.api("/api/jobs", { json: { url: kase.spec.url, html } }));
  // The worker tab opens the job's own address, which must be the case's (the one served here).
  if (hunted.job.url !== kase.spec.url) throw new Error(`${kase.name}: the job's address is ${hunted.job.url}`);
  const run = await runCase(rig, kase);
  if (run.attempt.status !== "submitted")
    throw new Error(`${kase.name}: ${run.attempt.status} (${run.attempt.reason ?? "no reason"})`);
  if (run.attempt.applicationId !== hunted.application.id)
    throw new Error(`${kase.name}: applied to another application`);
  return run.attempt.applicationId;
}

/** Opens the side panel page at `hash` (`history`, `history/<id>`, `stats`). */
export async function openPanelAt(rig: FormRig, hash: string): Promise<void> {
  await rig.panel.goto(`chrome-extension://${rig.browser.extensionId}/sidepanel.html#${hash}`);
  await rig.panel.getByText("Paired with the server.").waitFor();
}
