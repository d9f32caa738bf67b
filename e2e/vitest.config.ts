import { defineConfig } from "vitest/config";

/** Real Chromium with the built extension; one browser at a time on a 2-core machine. */
export default defineConfig({
  test: {
    include: ["tests/**/*.e2e.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
