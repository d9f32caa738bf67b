import type { Db } from "@nyx/db";
import { schema } from "@nyx/db";
import { eq } from "drizzle-orm";
import type { ProviderName } from "./llm-error.ts";
import { type Pricing, parsePricing } from "./pricing.ts";

export interface ProviderRow {
  id: string;
  pricing: Pricing;
}

/**
 * The model_providers row of a provider (seeded by the migrations), read at every call so a price
 * changed in the database counts from the next call on; undefined if the row is missing.
 */
export async function findProvider(db: Db, name: ProviderName): Promise<ProviderRow | undefined> {
  const [row] = await db
    .select({ id: schema.modelProviders.id, pricingJson: schema.modelProviders.pricingJson })
    .from(schema.modelProviders)
    .where(eq(schema.modelProviders.name, name))
    .limit(1);
  return row ? { id: row.id, pricing: parsePricing(row.pricingJson) } : undefined;
}
