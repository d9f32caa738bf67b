import { type Db, schema } from "@nyx/db";
import type { Settings } from "@nyx/shared";
import { and, eq } from "drizzle-orm";

export type Tier = "top" | "normal" | "avoid";

/** The company's tier: the person's settings first, then the company row. */
export function companyTier(settings: Settings, company: string | null, rowTier: string | null | undefined): Tier {
  const name = company?.trim().toLowerCase();
  if (name) {
    if (settings.companyTiers.avoid.some((c) => c.toLowerCase() === name)) return "avoid";
    if (settings.companyTiers.top.some((c) => c.toLowerCase() === name)) return "top";
  }
  return rowTier === "top" || rowTier === "avoid" ? rowTier : "normal";
}

/** Whether domain_policies mark the domain (or a parent domain) avoid_if_possible. */
export async function domainAvoided(db: Db, domain: string): Promise<boolean> {
  const parts = domain.split(".");
  const candidates = parts.slice(0, -1).map((_, i) => parts.slice(i).join("."));
  for (const candidate of candidates) {
    const [row] = await db
      .select({ id: schema.domainPolicies.id })
      .from(schema.domainPolicies)
      .where(and(eq(schema.domainPolicies.domainName, candidate), eq(schema.domainPolicies.avoidIfPossible, true)));
    if (row) return true;
  }
  return false;
}
