import type { ExtractedPosting, Profile } from "@nyx/shared";
import type { Logger } from "pino";
import type { Llm } from "../llm/index.ts";
import { cosineSimilarity } from "../match/combine.ts";

const MAX_CHARS = 8000;

/**
 * Cosine similarity of the job's and the profile's embeddings (cached by content). A failing
 * embeddings service only removes the semantic part of the score; it never stops the hunt.
 */
export async function semanticSimilarity(
  llm: Llm,
  logger: Logger,
  job: ExtractedPosting,
  profile: Profile,
): Promise<{ cosine: number; source: "api" | "cache" | "offline" } | undefined> {
  const jobText = `${job.title}\n${job.descriptionClean}`.slice(0, MAX_CHARS);
  try {
    const [jobVector] = await llm.embeddings.embed({ purpose: "job_embedding", texts: [jobText] });
    const [profileVector] = await llm.embeddings.embed({ purpose: "profile_embedding", texts: [profileText(profile)] });
    if (!jobVector || !profileVector) return undefined;
    return { cosine: cosineSimilarity(jobVector.vector, profileVector.vector), source: jobVector.source };
  } catch (error) {
    logger.warn({ err: error }, "embeddings unavailable: scoring without the semantic part");
    return undefined;
  }
}

/** The facts of the profile that say what work the person does. */
export function profileText(profile: Profile): string {
  return [
    profile.target_titles.join(", "),
    profile.skills_true.join(", "),
    ...profile.experience.map((e) => `${e.title} at ${e.company}. ${e.summary ?? ""}`),
    profile.industries.join(", "),
  ]
    .join("\n")
    .slice(0, MAX_CHARS);
}
