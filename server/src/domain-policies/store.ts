import { type Db, recordCorrection, schema } from "@nyx/db";
import type { DomainPolicyInput, DomainPolicyView } from "@nyx/shared";
import { asc, eq } from "drizzle-orm";

type Row = typeof schema.domainPolicies.$inferSelect;

const view = (row: Row): DomainPolicyView => ({
  domain: row.domainName,
  maxPerDay: row.maxApplicationsPerDay ?? 10,
  minSecondsBetween: row.minSecondsBetweenApplications ?? 60,
  maxConcurrent: row.maxConcurrentApplications ?? 1,
  avoid: row.avoidIfPossible ?? false,
});

/** Every domain policy, by domain. */
export async function listDomainPolicies(db: Db): Promise<DomainPolicyView[]> {
  const rows = await db.select().from(schema.domainPolicies).orderBy(asc(schema.domainPolicies.domainName));
  return rows.map(view);
}

/**
 * Sets one domain's policy: a new row for a new domain; for a known one, each changed value is a
 * data correction (the old value stays in data_corrections; policies are never deleted).
 */
export async function saveDomainPolicy(db: Db, input: DomainPolicyInput): Promise<void> {
  const want = {
    max_applications_per_day: input.maxPerDay,
    min_seconds_between_applications: input.minSecondsBetween,
    max_concurrent_applications: input.maxConcurrent,
    avoid_if_possible: input.avoid,
  };
  const [row] = await db.select().from(schema.domainPolicies).where(eq(schema.domainPolicies.domainName, input.domain));
  if (!row) {
    await db
      .insert(schema.domainPolicies)
      .values({
        domainName: input.domain,
        maxApplicationsPerDay: want.max_applications_per_day,
        minSecondsBetweenApplications: want.min_seconds_between_applications,
        maxConcurrentApplications: want.max_concurrent_applications,
        avoidIfPossible: want.avoid_if_possible,
        lastReviewedAt: new Date(),
      })
      .onConflictDoNothing();
    return;
  }
  const have = view(row);
  const current = {
    max_applications_per_day: have.maxPerDay,
    min_seconds_between_applications: have.minSecondsBetween,
    max_concurrent_applications: have.maxConcurrent,
    avoid_if_possible: have.avoid,
  };
  for (const [field, value] of Object.entries(want)) {
    if (current[field as keyof typeof current] === value) continue;
    await recordCorrection(db, {
      table: "domain_policies",
      recordId: row.id,
      field,
      newValue: value,
      reason: `domain policy of ${input.domain} set in Settings`,
      correctedBy: "user",
    });
  }
}
