import { type Db, schema } from "@nyx/db";
import { AppError, Profile, type ProfileSummary } from "@nyx/shared";
import { and, asc, desc, eq, inArray } from "drizzle-orm";

/** The person's active profiles (or one profile by id) with their CVs (latest version of each) and templates. */
export async function listProfiles(
  db: Db,
  where: { userId: string } | { profileId: string },
): Promise<ProfileSummary[]> {
  const rows = await db
    .select({ profile: schema.userProfiles, user: schema.users })
    .from(schema.userProfiles)
    .innerJoin(schema.users, eq(schema.users.id, schema.userProfiles.userId))
    .where(
      "profileId" in where
        ? eq(schema.userProfiles.id, where.profileId)
        : and(eq(schema.userProfiles.userId, where.userId), eq(schema.userProfiles.isActive, true)),
    )
    .orderBy(asc(schema.users.email), asc(schema.userProfiles.profileName));
  if (rows.length === 0) return [];
  const profileIds = rows.map((r) => r.profile.id);
  const resumes = await db
    .select()
    .from(schema.resumes)
    .where(and(inArray(schema.resumes.userProfileId, profileIds), eq(schema.resumes.isActive, true)))
    .orderBy(asc(schema.resumes.resumeKey));
  const versions = resumes.length
    ? await db
        .select()
        .from(schema.resumeVersions)
        .where(
          inArray(
            schema.resumeVersions.resumeId,
            resumes.map((r) => r.id),
          ),
        )
        .orderBy(desc(schema.resumeVersions.versionNumber))
    : [];
  const templates = await db
    .select({ profileId: schema.coverLetterTemplates.userProfileId, name: schema.coverLetterTemplates.templateName })
    .from(schema.coverLetterTemplates)
    .where(inArray(schema.coverLetterTemplates.userProfileId, profileIds))
    .orderBy(asc(schema.coverLetterTemplates.templateName));

  return rows.map(({ profile, user }) => {
    const document = Profile.safeParse(profile.rolePreferences);
    const defaultKey = document.success
      ? (document.data.resumes.find((r) => r.default === true) ?? document.data.resumes[0])?.key
      : undefined;
    return {
      id: profile.id,
      userId: user.id,
      profileName: profile.profileName,
      name: user.name,
      email: user.email,
      targetTitles: document.success ? document.data.target_titles : [],
      resumes: resumes
        .filter((r) => r.userProfileId === profile.id)
        .map((r) => {
          const latest = versions.find((v) => v.resumeId === r.id);
          return {
            id: r.id,
            key: r.resumeKey,
            language: r.primaryLanguage ?? "en",
            isDefault: r.resumeKey === defaultKey,
            latestVersion: latest?.versionNumber ?? 0,
            contentHash: latest?.contentHash ?? null,
          };
        }),
      coverLetterTemplates: templates.filter((t) => t.profileId === profile.id).map((t) => t.name),
      updatedAt: (profile.updatedAt ?? profile.createdAt ?? new Date()).toISOString(),
    };
  });
}

export async function getProfileSummary(db: Db, profileId: string): Promise<ProfileSummary> {
  const [summary] = await listProfiles(db, { profileId });
  if (!summary) throw new AppError("not_found", `no profile with id ${profileId}`);
  return summary;
}
