import { hunt } from "../src/hunt/pipeline.ts";
import { benchWorld, postingSnapshots } from "./world.ts";

/** One round: a fresh world and every fixture posting hunted once (ms each, ingest → decision). */
export async function huntRound(): Promise<number[]> {
  const world = await benchWorld();
  try {
    const times: number[] = [];
    for (const { name: _name, ...snapshot } of postingSnapshots()) {
      const started = performance.now();
      await hunt({ db: world.database.db, llm: world.llm, logger: world.logger, dataDir: world.dataDir }, snapshot);
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await world.close();
  }
}
