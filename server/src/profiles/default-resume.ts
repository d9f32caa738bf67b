import { type Db, recordCorrection, schema } from "@nyx/db";
import { AppError, type CorrectionInput, Profile, type ProfileSummary } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import { getProfileSummary } from "./list.ts";

/**
 * Makes one CV the profile's default: the stored profile document (user_profiles.role_preferences)
 * marks that CV `default: true` and no other, written as a data correction (the old document stays
 * in data_corrections). Choosing the CV that already is the default changes nothing.
 */
export async function chooseDefaultResume(
  db: Db,
  input: { userId: string; profileId: string; key: string },
): Promise<ProfileSummary> {
  const [row] = await db
    .select({ id: schema.userProfiles.id, document: schema.userProfiles.rolePreferences })
    .from(schema.userProfiles)
    .where(and(eq(schema.userProfiles.id, input.profileId), eq(schema.userProfiles.userId, input.userId)));
  if (!row) throw new AppError("not_found", `no profile with id ${input.profileId}`);
  const parsed = Profile.safeParse(row.document);
  if (!parsed.success) {
    throw new AppError("conflict", "the stored profile cannot be read: import the profile file again");
  }
  const profile = parsed.data;
  if (!profile.resumes.some((r) => r.key === input.key)) {
    throw new AppError(
      "validation_failed",
      `this profile has no CV "${input.key}"; its CVs are ${profile.resumes.map((r) => r.key).join(", ")}`,
      { issues: [{ path: "key", message: "not a CV of this profile" }] },
    );
  }
  const current = (profile.resumes.find((r) => r.default === true) ?? profile.resumes[0])?.key;
  if (current !== input.key) {
    const resumes = profile.resumes.map(({ default: _old, ...r }) =>
      r.key === input.key ? { ...r, default: true } : r,
    );
    await recordCorrection(db, {
      table: "user_profiles",
      recordId: row.id,
      field: "role_preferences",
      newValue: JSON.parse(JSON.stringify(Profile.parse({ ...profile, resumes }))) as CorrectionInput["newValue"],
      reason: `default CV: ${input.key}`,
      correctedBy: "user",
    });
  }
  return getProfileSummary(db, row.id);
}
