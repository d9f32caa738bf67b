import { type Db, schema } from "@nyx/db";
import { AppError, Profile } from "@nyx/shared";
import { and, desc, eq, inArray } from "drizzle-orm";

export interface ResumeChoice {
  resumeId: string;
  versionId: string;
  key: string;
  language: string;
  isDefault: boolean;
}

export interface StoredProfile {
  id: string;
  name: string;
  profile: Profile;
  resumes: ResumeChoice[];
}

/** The person's active profiles, each with its CVs (the current version of each). */
export async function ownerProfiles(db: Db, userId: string): Promise<StoredProfile[]> {
  const rows = await db
    .select()
    .from(schema.userProfiles)
    .where(and(eq(schema.userProfiles.userId, userId), eq(schema.userProfiles.isActive, true)));
  const profiles = rows.flatMap((row) => {
    const parsed = Profile.safeParse(row.rolePreferences);
    return parsed.success ? [{ id: row.id, name: row.profileName, profile: parsed.data }] : [];
  });
  if (profiles.length === 0)
    throw new AppError("conflict", 'no profile yet: import one first ("nyx profile import profile.yaml")');
  const resumes = await db
    .select({ resume: schema.resumes, version: schema.resumeVersions })
    .from(schema.resumes)
    .innerJoin(schema.resumeVersions, eq(schema.resumeVersions.resumeId, schema.resumes.id))
    .where(
      and(
        inArray(
          schema.resumes.userProfileId,
          profiles.map((p) => p.id),
        ),
        eq(schema.resumes.isActive, true),
        eq(schema.resumeVersions.isDefaultForResume, true),
      ),
    )
    .orderBy(desc(schema.resumeVersions.versionNumber));
  return profiles.map((p) => {
    const defaultKey = (p.profile.resumes.find((r) => r.default === true) ?? p.profile.resumes[0])?.key;
    return {
      ...p,
      resumes: resumes
        .filter((r) => r.resume.userProfileId === p.id)
        .map((r) => ({
          resumeId: r.resume.id,
          versionId: r.version.id,
          key: r.resume.resumeKey,
          language: r.resume.primaryLanguage ?? "en",
          isDefault: r.resume.resumeKey === defaultKey,
        })),
    };
  });
}

/** The CV in the posting's language when the profile has one, else the default. */
export function chooseResume(resumes: readonly ResumeChoice[], language: string | null): ResumeChoice | undefined {
  const inLanguage = resumes.filter((r) => r.language === language);
  return inLanguage.find((r) => r.isDefault) ?? inLanguage[0] ?? resumes.find((r) => r.isDefault) ?? resumes[0];
}
