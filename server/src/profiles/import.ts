import { type Db, recordCorrection, schema } from "@nyx/db";
import { AppError, type ErrorIssue, type Profile, type ProfileImportResult } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import { claimOwner, readOwner } from "../owner.ts";
import { type CvContent, readCv } from "./cv-text.ts";
import { type Correct, must, type StoredCv, type Tx } from "./import-parts.ts";
import { getProfileSummary } from "./list.ts";
import { sameJson } from "./same-json.ts";
import { storeCv } from "./store-cv.ts";
import { syncResumes } from "./sync-resumes.ts";

export interface ProfileImport {
  profile: Profile;
  /** The bytes of each CV file, by the `file` string the profile names it with. */
  files: ReadonlyMap<string, Uint8Array>;
}

function corrector(tx: Tx, changes: string[]): Correct {
  return async (table, id, row, want) => {
    for (const [field, value] of Object.entries(want)) {
      if (sameJson(row[field] ?? null, value ?? null)) continue;
      await recordCorrection(tx, {
        table,
        recordId: id,
        field,
        newValue: (value ?? null) as never,
        reason: "profile import",
        correctedBy: "user",
      });
      changes.push(`${table}.${field} updated`);
    }
  };
}

/**
 * Stores a profile in users, user_profiles, resumes, resume_versions and cover_letter_templates.
 * Importing the same file again changes nothing; a changed fact is written as a data correction; a
 * changed CV file becomes a new resume version. Every CV is read before anything is written, so a
 * bad file stores nothing.
 */
export async function importProfile(db: Db, dataDir: string, input: ProfileImport): Promise<ProfileImportResult> {
  const { profile } = input;
  const owner = readOwner(dataDir);
  if (owner && owner.email !== profile.email) {
    throw new AppError(
      "conflict",
      `this Nyx server works for ${owner.email}; another person needs their own NYX_DATA_DIR (the database can be shared)`,
    );
  }
  const cvs = await readAllCvs(input, dataDir);
  const changes: string[] = [];
  let created = false;

  let ownerId = "";
  const profileId = await db.transaction(async (tx) => {
    const correct = corrector(tx, changes);

    // users: one per e-mail address.
    const userWant = {
      name: `${profile.name.first} ${profile.name.last}`,
      timezone: profile.timezone,
      is_active: true,
    };
    const [user] = await tx.select().from(schema.users).where(eq(schema.users.email, profile.email));
    let userId: string;
    if (user) {
      userId = user.id;
      await correct("users", user.id, { name: user.name, timezone: user.timezone, is_active: user.isActive }, userWant);
    } else {
      const [row] = await tx
        .insert(schema.users)
        .values({ name: userWant.name, email: profile.email, timezone: profile.timezone })
        .returning({ id: schema.users.id });
      userId = must(row).id;
      created = true;
      changes.push("user created");
    }

    // user_profiles: the whole validated document is kept in role_preferences, the columns hold what they name.
    const profileWant = {
      headline: profile.headline ?? profile.target_titles[0] ?? null,
      summary_text: profile.summary ?? null,
      skills_true: profile.skills_true,
      skills_false: profile.skills_false,
      languages: profile.languages,
      location_preference: profile.remote_preference,
      role_preferences: profile,
      is_active: true,
    };
    const [existing] = await tx
      .select()
      .from(schema.userProfiles)
      .where(and(eq(schema.userProfiles.userId, userId), eq(schema.userProfiles.profileName, profile.profile_name)));
    let profileId: string;
    if (existing) {
      profileId = existing.id;
      await correct(
        "user_profiles",
        existing.id,
        {
          headline: existing.headline,
          summary_text: existing.summaryText,
          skills_true: existing.skillsTrue,
          skills_false: existing.skillsFalse,
          languages: existing.languages,
          location_preference: existing.locationPreference,
          role_preferences: existing.rolePreferences,
          is_active: existing.isActive,
        },
        profileWant,
      );
    } else {
      const [row] = await tx
        .insert(schema.userProfiles)
        .values({
          userId,
          profileName: profile.profile_name,
          headline: profileWant.headline,
          summaryText: profileWant.summary_text,
          skillsTrue: profileWant.skills_true,
          skillsFalse: profileWant.skills_false,
          languages: profileWant.languages,
          locationPreference: profileWant.location_preference,
          rolePreferences: profileWant.role_preferences,
        })
        .returning({ id: schema.userProfiles.id });
      profileId = must(row).id;
      created = true;
      changes.push(`profile ${profile.profile_name} created`);
    }

    ownerId = userId;
    await syncResumes(tx, profileId, profile, cvs, correct, changes);
    await syncTemplates(tx, profileId, profile, correct, changes);
    return profileId;
  });

  claimOwner(dataDir, ownerId, profile.email);
  return { profile: await getProfileSummary(db, profileId), created, changed: changes.length > 0, changes };
}

/** Reads every CV (all problems reported at once), then keeps a copy of each in the data folder. */
async function readAllCvs(input: ProfileImport, dataDir: string): Promise<Map<string, StoredCv>> {
  const issues: ErrorIssue[] = [];
  const read = new Map<string, CvContent & { bytes: Uint8Array }>();
  for (const [index, entry] of input.profile.resumes.entries()) {
    const bytes = input.files.get(entry.file);
    if (!bytes) {
      issues.push({ path: `resumes.${index}.file`, message: "this CV file was not found" });
      continue;
    }
    try {
      read.set(entry.key, { ...(await readCv(entry.file, bytes)), bytes });
    } catch (error) {
      issues.push({ path: `resumes.${index}.file`, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (issues.length > 0) {
    throw new AppError(
      "validation_failed",
      `the profile's CV files could not be read: ${issues.map((i) => i.path).join(", ")}`,
      {
        issues,
      },
    );
  }
  return new Map(
    [...read].map(([key, { bytes, ...cv }]) => [
      key,
      { ...cv, path: storeCv(dataDir, cv.sha256, cv.extension, bytes) },
    ]),
  );
}

async function syncTemplates(
  tx: Tx,
  profileId: string,
  profile: Profile,
  correct: Correct,
  changes: string[],
): Promise<void> {
  const existing = await tx
    .select()
    .from(schema.coverLetterTemplates)
    .where(eq(schema.coverLetterTemplates.userProfileId, profileId));
  for (const template of profile.cover_letter_templates) {
    const want = { base_text: template.base_text, intended_effort_level: template.intended_effort_level ?? null };
    const row = existing.find((t) => t.templateName === template.name);
    if (row) {
      await correct(
        "cover_letter_templates",
        row.id,
        { base_text: row.baseText, intended_effort_level: row.intendedEffortLevel },
        want,
      );
    } else {
      await tx.insert(schema.coverLetterTemplates).values({
        userProfileId: profileId,
        templateName: template.name,
        baseText: want.base_text,
        intendedEffortLevel: want.intended_effort_level,
      });
      changes.push(`cover letter template ${template.name} created`);
    }
  }
}
