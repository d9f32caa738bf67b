import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{shared,db,server,extension}/{src,test}/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database suites create their own scratch databases; a few in parallel is plenty on 2 cores.
    maxWorkers: 2,
  },
});
