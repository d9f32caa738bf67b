import { describe, expect, it } from "vitest";
import { ago, clock, count, usd } from "../entrypoints/sidepanel/live/format.ts";

describe("the Live view's numbers", () => {
  it("shows the session clock as h:mm:ss, never negative", () => {
    expect(clock(0)).toBe("0:00:00");
    expect(clock(59.9)).toBe("0:00:59");
    expect(clock(3909)).toBe("1:05:09");
    expect(clock(7200)).toBe("2:00:00");
    expect(clock(-5)).toBe("0:00:00");
  });

  it("shows small costs with their fractions of a cent, larger ones in cents", () => {
    expect(usd(0)).toBe("$0.0000");
    expect(usd(0.01234)).toBe("$0.0123");
    expect(usd(12.345)).toBe("$12.35");
  });

  it("groups thousands and says how long ago something happened", () => {
    expect(count(1234567)).toBe("1,234,567");
    const now = Date.parse("2026-01-01T10:00:00Z");
    expect(ago("2026-01-01T09:59:48Z", now)).toBe("12 s ago");
    expect(ago("2026-01-01T09:57:00Z", now)).toBe("3 min ago");
    expect(ago("2026-01-01T10:00:05Z", now)).toBe("0 s ago");
  });
});
