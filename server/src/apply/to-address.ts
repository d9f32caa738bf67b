import { type Db, schema } from "@nyx/db";
import { AppError, type ApplyToAddressRequest, type QueuedApplication } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import { recordInitialStatus } from "../applications/status.ts";
import { chooseResume, ownerProfiles } from "../hunt/owner-profiles.ts";
import { domainOf } from "../ingest/canonical-url.ts";
import { ingestOne } from "../ingest/one.ts";

/**
 * "Apply to this address": the person chose the job themselves, so there is no scoring; the job is
 * recorded once (a second request returns the same application), the application is queued with
 * the default profile and CV, and the exact address is kept as where the worker tab starts.
 */
export async function applyToAddress(
  db: Db,
  userId: string,
  request: ApplyToAddressRequest,
): Promise<QueuedApplication> {
  const { job } = await ingestOne(db, { url: request.url });
  const [existing] = await db
    .select({ id: schema.applications.id })
    .from(schema.applications)
    .where(and(eq(schema.applications.userId, userId), eq(schema.applications.jobPostId, job.id)));
  if (existing) return { applicationId: existing.id, url: request.url };

  const [profile] = await ownerProfiles(db, userId);
  if (!profile) throw new AppError("conflict", "no profile yet");
  const resume = chooseResume(profile.resumes, null);
  const reason = "the person asked to apply to this address";
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.applications)
      .values({
        userId,
        jobPostId: job.id,
        profileId: profile.id,
        effortLevel: request.effort ?? "medium",
        effortHintSource: request.effort ? "user" : "auto",
        selectedResumeId: resume?.resumeId ?? null,
        selectedResumeVersionId: resume?.versionId ?? null,
        applicationStatus: "queued",
        domainName: domainOf(request.url),
      })
      .returning({ id: schema.applications.id });
    if (!row) throw new AppError("internal", "the application was not recorded");
    await recordInitialStatus(tx, row.id, "queued", reason);
    await tx.insert(schema.applicationEvents).values({
      applicationId: row.id,
      eventType: "apply_requested",
      eventDetail: reason,
      payload: { url: request.url },
    });
    return row.id;
  });
  return { applicationId: id, url: request.url };
}
