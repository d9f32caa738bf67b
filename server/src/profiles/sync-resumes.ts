import { schema } from "@nyx/db";
import type { Profile } from "@nyx/shared";
import { desc, eq } from "drizzle-orm";
import { type Correct, must, type StoredCv, type Tx } from "./import-parts.ts";

/**
 * The profile's CVs: one resumes row per key; a CV whose file changed becomes a new
 * resume_versions row (the default for its resume); a CV no longer listed is made inactive.
 */
export async function syncResumes(
  tx: Tx,
  profileId: string,
  profile: Profile,
  cvs: Map<string, StoredCv>,
  correct: Correct,
  changes: string[],
): Promise<void> {
  const existing = await tx.select().from(schema.resumes).where(eq(schema.resumes.userProfileId, profileId));
  for (const entry of profile.resumes) {
    const cv = cvs.get(entry.key);
    if (!cv) continue;
    const want = {
      display_name: entry.display_name ?? entry.key,
      description: entry.description ?? null,
      primary_language: entry.language,
      is_active: true,
    };
    let resume = existing.find((r) => r.resumeKey === entry.key);
    if (resume) {
      await correct(
        "resumes",
        resume.id,
        {
          display_name: resume.displayName,
          description: resume.description,
          primary_language: resume.primaryLanguage,
          is_active: resume.isActive,
        },
        want,
      );
    } else {
      [resume] = await tx
        .insert(schema.resumes)
        .values({
          userProfileId: profileId,
          resumeKey: entry.key,
          displayName: want.display_name,
          description: want.description,
          primaryLanguage: want.primary_language,
        })
        .returning();
      changes.push(`resume ${entry.key} created`);
    }
    await syncVersion(tx, must(resume).id, entry.key, cv, correct, changes);
  }
  for (const stale of existing) {
    if (stale.isActive !== false && !profile.resumes.some((r) => r.key === stale.resumeKey)) {
      await correct("resumes", stale.id, { is_active: stale.isActive }, { is_active: false });
    }
  }
}

async function syncVersion(
  tx: Tx,
  resumeId: string,
  key: string,
  cv: StoredCv,
  correct: Correct,
  changes: string[],
): Promise<void> {
  const versions = await tx
    .select()
    .from(schema.resumeVersions)
    .where(eq(schema.resumeVersions.resumeId, resumeId))
    .orderBy(desc(schema.resumeVersions.versionNumber));
  const latest = versions[0];
  if (latest?.contentHash === cv.sha256) return;
  for (const old of versions.filter((v) => v.isDefaultForResume === true)) {
    await correct("resume_versions", old.id, { is_default_for_resume: true }, { is_default_for_resume: false });
  }
  const versionNumber = (latest?.versionNumber ?? 0) + 1;
  await tx.insert(schema.resumeVersions).values({
    resumeId,
    versionNumber,
    sourceFormat: cv.format,
    filePath: cv.path,
    contentText: cv.text,
    contentHash: cv.sha256,
    generatedBy: "human",
    isDefaultForResume: true,
  });
  changes.push(`resume ${key}: version ${versionNumber}`);
}
