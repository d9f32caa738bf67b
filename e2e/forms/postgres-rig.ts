import { createScratchDatabase, dropScratchDatabase } from "@nyx/db/testing";
import { type FormRig, startFormRig } from "./rig.ts";

/** `startFormRig` on a scratch database of the real Postgres (dropped on close), whose rows a test can read. */
export async function startPostgresFormRig(
  options: Omit<Parameters<typeof startFormRig>[0], "databaseUrl">,
): Promise<FormRig & { databaseUrl: string }> {
  const databaseUrl = await createScratchDatabase();
  try {
    const rig = await startFormRig({ ...options, databaseUrl });
    return {
      ...rig,
      databaseUrl,
      close: async () => {
        await rig.close();
        await dropScratchDatabase(databaseUrl);
      },
    };
  } catch (error) {
    await dropScratchDatabase(databaseUrl);
    throw error;
  }
}
