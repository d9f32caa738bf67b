import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { type Db, schema } from "@nyx/db";
import { AppError, Profile, type ResumeFile } from "@nyx/shared";
import { and, eq } from "drizzle-orm";

const TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".md": "text/markdown",
  ".txt": "text/plain",
};

/** A CV the person imported, for an upload field: only versions of the owner's own resumes are read. */
export async function resumeFile(db: Db, userId: string, versionId: string): Promise<ResumeFile> {
  const [row] = await db
    .select({
      path: schema.resumeVersions.filePath,
      key: schema.resumes.resumeKey,
      facts: schema.userProfiles.rolePreferences,
    })
    .from(schema.resumeVersions)
    .innerJoin(schema.resumes, eq(schema.resumes.id, schema.resumeVersions.resumeId))
    .innerJoin(schema.userProfiles, eq(schema.userProfiles.id, schema.resumes.userProfileId))
    .where(and(eq(schema.resumeVersions.id, versionId), eq(schema.userProfiles.userId, userId)));
  if (!row) throw new AppError("not_found", `no CV version ${versionId}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(row.path);
  } catch {
    throw new AppError("conflict", `the CV file ${basename(row.path)} is gone from disk: import the profile again`);
  }
  const type = TYPES[extname(row.path).toLowerCase()] ?? "application/octet-stream";
  // The stored copy is named by its hash; the employer sees the name the person gave the file.
  const profile = Profile.safeParse(row.facts);
  const given = profile.success ? profile.data.resumes.find((r) => r.key === row.key)?.file : undefined;
  return { name: basename(given ?? row.path), type, base64: bytes.toString("base64") };
}
