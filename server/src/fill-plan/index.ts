import type { Db } from "@nyx/db";
import type { FillPlanRequest, FillPlanResponse } from "@nyx/shared";
import type { Logger } from "pino";
import { LlmWriter } from "../compose/index.ts";
import type { Llm } from "../llm/index.ts";
import { requireOwner } from "../owner.ts";
import { reviewPlan } from "../qa/checks.ts";
import { recordQa } from "../qa/record-qa.ts";
import { loadSettings } from "../settings/store.ts";
import { createOfflineWriter, type FreeTextWriter, planFill } from "../write/index.ts";
import { jobContext } from "./job-context.ts";
import { pauseForPerson, recordPlan } from "./record-plan.ts";

export interface FillPlanDeps {
  db: Db;
  llm: Llm;
  logger: Logger;
  dataDir: string;
}

/**
 * The fill plan for one form: deterministic values from the profile, free text from the LLM (within
 * the effort's token budget, validated) or the offline writer, flags for what the profile cannot
 * answer. Recorded on the application, which then waits for the person if anything was flagged.
 */
export async function fillPlanFor(deps: FillPlanDeps, request: FillPlanRequest): Promise<FillPlanResponse> {
  const { userId } = requireOwner(deps.dataDir);
  const context = await jobContext(deps.db, userId, request.applicationId, request.form.pageUrl);
  const settings = await loadSettings(deps.db);
  const effort = context.application?.effort ?? "medium";
  const writer: FreeTextWriter =
    deps.llm.modes.chat === "online"
      ? new LlmWriter({
          chat: deps.llm.chat,
          logger: deps.logger,
          context: {
            ...(context.application ? { applicationId: context.application.id } : {}),
            budget: { maxTokens: settings.tokenBudgets[effort], per: "application" },
          },
        })
      : createOfflineWriter();
  const planned = await planFill(request.form, {
    profile: context.profile.profile,
    posting: context.posting,
    resumes: context.profile.resumes.map((r) => ({
      key: r.key,
      language: r.language,
      resumeVersionId: r.versionId,
      isDefault: r.isDefault,
    })),
    ...(request.form.language ? { formLanguage: request.form.language } : {}),
    writer,
    effort,
  });
  let plan = planned;
  if (context.application) {
    const letter = plan.fields.find((f) => f.fact === "cover_letter" && f.value !== undefined);
    await recordPlan(
      deps.db,
      context.application.id,
      effort,
      request.form,
      plan,
      letter?.value !== undefined && (letter.source === "llm" || letter.source === "template")
        ? { text: letter.value, source: letter.source }
        : undefined,
    );
    if (effort === "high") {
      // High effort: the plan is reviewed before anything is typed; fixes are recorded as corrections.
      const findings = reviewPlan(request.form, planned, context.profile.profile, context.posting);
      plan = await recordQa(deps.db, context.application.id, planned, findings);
      if (plan.flags.length > planned.flags.length) await pauseForPerson(deps.db, context.application.id, plan);
    }
  }
  return {
    applicationId: context.application?.id ?? null,
    plan,
    pacing: settings.stealth,
    needsPerson: plan.flags.length > 0,
  };
}
