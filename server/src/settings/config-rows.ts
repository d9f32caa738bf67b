import { type Db, schema } from "@nyx/db";
import { and, desc, eq } from "drizzle-orm";

/**
 * Named `system_configs` documents: the newest active row is the current one. Saving writes a new
 * row and retires the old one, so every version is kept (the table is append-only).
 */
export async function loadConfig(db: Db, name: string): Promise<unknown> {
  const [row] = await db
    .select({ json: schema.systemConfigs.configJson })
    .from(schema.systemConfigs)
    .where(and(eq(schema.systemConfigs.configName, name), eq(schema.systemConfigs.isActive, true)))
    .orderBy(desc(schema.systemConfigs.createdAt))
    .limit(1);
  return row?.json;
}

export async function saveConfig(db: Db, name: string, json: unknown, createdBy: "user" | "system"): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(schema.systemConfigs)
      .set({ isActive: false })
      .where(and(eq(schema.systemConfigs.configName, name), eq(schema.systemConfigs.isActive, true)));
    await tx.insert(schema.systemConfigs).values({ configName: name, configJson: json, createdBy });
  });
}
