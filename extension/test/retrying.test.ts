import { describe, expect, it } from "vitest";
import { retrying } from "../src/apply/retrying.ts";
import { ServerError } from "../src/server-error.ts";

describe("reports retried while the server is away", () => {
  it("tries again while the server is unreachable or failing, and gets the answer", async () => {
    const failures = [new ServerError("does not answer", undefined), new ServerError("busy", 503)];
    let calls = 0;
    const answer = await retrying(async () => {
      calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return "recorded";
    });
    expect(answer).toBe("recorded");
    expect(calls).toBe(3);
  });

  it("never retries a refusal: a 409 is the server's answer", async () => {
    let calls = 0;
    await expect(
      retrying(async () => {
        calls += 1;
        throw new ServerError("attempt 1 no longer holds this application", 409);
      }),
    ).rejects.toThrow(/no longer holds/);
    expect(calls).toBe(1);
  });

  it("gives up when the server stays away past the deadline", async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      retrying(async () => {
        calls += 1;
        throw new ServerError("does not answer", undefined);
      }, 2_000),
    ).rejects.toThrow(/does not answer/);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});
