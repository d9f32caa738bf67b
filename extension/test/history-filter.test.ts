import { HistoryFilter } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { NO_FILTER, toFilter } from "../entrypoints/sidepanel/history/history-filters.tsx";
import { hashId } from "../entrypoints/sidepanel/history/use-hash-id.ts";

/** History's filter form as the server reads it, and the hash that opens one application. */
describe("History's filters", () => {
  it("sends only what was filled in, scores as shares, and the server's contract accepts it", () => {
    const result = toFilter({
      ...NO_FILTER,
      q: "  engineer ",
      status: "submitted",
      effort: "high",
      from: "2026-01-01",
      to: "2026-01-31",
      minScore: "20",
      maxScore: "50",
    });
    if (!("filter" in result)) throw new Error(result.problem);
    expect(Object.fromEntries(Object.entries(result.filter).filter(([, v]) => v !== undefined))).toEqual({
      q: "engineer",
      status: "submitted",
      effort: "high",
      from: "2026-01-01",
      to: "2026-01-31",
      minScore: 0.2,
      maxScore: 0.5,
    });
    expect(HistoryFilter.parse(result.filter)).toMatchObject({ minScore: 0.2, maxScore: 0.5, status: "submitted" });
    const none = toFilter(NO_FILTER);
    expect("filter" in none && Object.values(none.filter).every((v) => v === undefined)).toBe(true);
  });

  it("says what to fix for ranges the wrong way round or scores outside 0–100", () => {
    expect(toFilter({ ...NO_FILTER, minScore: "60", maxScore: "20" })).toEqual({
      problem: "The lowest match score is above the highest: swap them.",
    });
    expect(toFilter({ ...NO_FILTER, from: "2026-02-01", to: "2026-01-01" })).toEqual({
      problem: "The first day is after the last: swap them.",
    });
    expect(toFilter({ ...NO_FILTER, maxScore: "120" })).toHaveProperty("problem");
  });

  it("reads the application's id from #history/<id>", () => {
    expect(hashId("#history/0b7c1e9e-4f7a-4c57-9d1e-1f2a3b4c5d6e")).toBe("0b7c1e9e-4f7a-4c57-9d1e-1f2a3b4c5d6e");
    expect(hashId("#history")).toBeUndefined();
    expect(hashId("#history/")).toBeUndefined();
  });
});
