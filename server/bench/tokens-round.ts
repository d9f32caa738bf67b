import type { EffortLevel, FormDescription } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { fillPlanFor } from "../src/fill-plan/index.ts";
import { hunt } from "../src/hunt/pipeline.ts";
import { benchWorld, postingSnapshots } from "./world.ts";

/** A model that answers from the facts it is given (usage counted by the stand-in from the text sizes). */
const ANSWER =
  "I build NLP ranking models in PyTorch and run the MLOps platform on Kubernetes, and I would be glad to bring that work to this team.";

function applicationForm(pageUrl: string): FormDescription {
  const field = (ref: string, label: string, type: "text" | "email" | "textarea") => ({
    ref,
    label,
    type,
    required: true,
    step: 0,
  });
  return {
    pageUrl,
    step: 0,
    fields: [
      field("1", "First name", "text"),
      field("2", "Last name", "text"),
      field("3", "Email", "email"),
      field("4", "Cover letter", "textarea"),
      field("5", "Why do you want to join us?", "textarea"),
    ],
  };
}

/**
 * Tokens (in + out) of every fixture posting's application at one effort level: hunted with that
 * effort, then its form planned. Only calls made for the application count (a job's embedding is
 * the job's, cached, and shared by every application to it).
 */
export async function tokensAtEffort(effort: EffortLevel): Promise<number[]> {
  const world = await benchWorld(() => ({ json: { text: ANSWER } }));
  const deps = { db: world.database.db, llm: world.llm, logger: world.logger, dataDir: world.dataDir };
  try {
    const tokens: number[] = [];
    for (const { name: _name, ...snapshot } of postingSnapshots()) {
      const hunted = await hunt(deps, snapshot, { effort });
      await fillPlanFor(deps, { applicationId: hunted.application.id, form: applicationForm(snapshot.url) });
      const { rows } = await world.database.db.execute<{ n: number }>(
        sql`select coalesce(sum(coalesce(tokens_input, 0) + coalesce(tokens_output, 0)), 0)::int as n from model_usage where application_id = ${hunted.application.id}`,
      );
      tokens.push(rows[0]?.n ?? 0);
    }
    return tokens;
  } finally {
    await world.close();
  }
}
