import { ErrorBody } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_PORT, type TestApp } from "./support.ts";

/** PRODUCT.md §10: a web page the person visits can neither read from nor write to the server. */
describe("the locked door", () => {
  let s: TestApp;
  const responses: Response[] = [];
  const call = async (...args: Parameters<TestApp["call"]>) => {
    const response = await s.call(...args);
    responses.push(response.clone());
    return response;
  };
  const jobCount = async () => (await s.t.database.db.query.jobPosts.findMany()).length;

  beforeAll(async () => {
    s = await createTestApp();
  });
  afterAll(() => s.dispose());

  it("answers the paired extension's request with the token", async () => {
    const response = await call("/api/profiles");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ profiles: [] });
    expect((await call("/api/profiles", { headers: { host: `localhost:${TEST_PORT}` } })).status).toBe(200);
  });

  it.each([
    "evil.test:48765",
    "127.0.0.1.evil.test:48765",
    "localhost.evil.test:48765",
    "127.0.0.1:1",
    "127.0.0.1",
    "[::1]:48765",
    "0.0.0.0:48765",
  ])("refuses Host %s with 403 (DNS rebinding)", async (host) => {
    const response = await call("/api/profiles", { headers: { host } });
    expect(response.status).toBe(403);
    expect(ErrorBody.parse(await response.json()).code).toBe("forbidden");
  });

  it("refuses /health and /metrics under a foreign Host too", async () => {
    expect((await call("/health", { headers: { host: "evil.test:48765" } })).status).toBe(403);
    expect((await call("/metrics", { headers: { host: "evil.test:48765" } })).status).toBe(403);
  });

  it.each([
    ["no token", { authorization: "" }],
    ["a wrong token", { authorization: `Bearer ${"A".repeat(43)}` }],
    ["a malformed header", { authorization: "Basic dXNlcjpwYXNz" }],
  ])("refuses %s with 401", async (_, headers) => {
    const response = await call("/api/profiles", { headers });
    expect(response.status).toBe(401);
    expect(ErrorBody.parse(await response.json()).code).toBe("unauthorized");
  });

  it("refuses the token in the query string, even alongside a valid header", async () => {
    for (const key of ["token", "access_token"]) {
      const bare = await call(`/api/profiles?${key}=${s.token}`, { headers: { authorization: "" } });
      expect(bare.status).toBe(401);
      const both = await call(`/api/profiles?${key}=${s.token}`);
      expect(both.status).toBe(401);
    }
  });

  it("refuses a foreign Origin, and any Origin before pairing", async () => {
    for (const origin of ["https://evil.test", "null", "chrome-extension://abcdefghijklmnopabcdefghijklmnop"]) {
      const response = await call("/api/profiles", { headers: { origin } });
      expect(response.status).toBe(403);
    }
  });

  it("takes writes only as JSON (415), and writes nothing", async () => {
    const before = await jobCount();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await call("/api/jobs", {
        method: "POST",
        headers: { "content-type": type },
        body: "url=https://example.com/job",
      });
      expect(response.status).toBe(415);
      expect(ErrorBody.parse(await response.json()).code).toBe("unsupported_media_type");
    }
    const missing = await call("/api/profiles", { method: "POST", body: "{}", headers: { "content-type": "" } });
    expect(missing.status).toBe(415);
    expect(await jobCount()).toBe(before);
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await call("/api/profiles", {
      method: "POST",
      json: { yaml: "x".repeat(s.env.NYX_BODY_LIMIT_BYTES + 1) },
    });
    expect(response.status).toBe(413);
    expect(ErrorBody.parse(await response.json()).code).toBe("payload_too_large");
  });

  it("answers malformed JSON and bad fields with 400 naming the problem", async () => {
    const malformed = await call("/api/profiles", {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(ErrorBody.parse(await malformed.json()).message).toMatch(/not valid JSON/);
    const unknown = await call("/api/profiles", { method: "POST", json: { yaml: "a: 1", extra: true } });
    expect(unknown.status).toBe(400);
    const body = ErrorBody.parse(await unknown.json());
    expect(body.code).toBe("validation_failed");
    expect(JSON.stringify(body.issues)).toMatch(/extra/);
  });

  it("gives every error the one shape with a request id", async () => {
    const response = await call("/api/no-such-thing");
    expect(response.status).toBe(404);
    const body = ErrorBody.parse(await response.json());
    expect(body.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("answers a CORS preflight without any CORS header", async () => {
    const response = await call("/api/profiles", {
      method: "OPTIONS",
      headers: { origin: "https://evil.test", "access-control-request-method": "POST", authorization: "" },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it("sends no Access-Control-Allow-* header on any response", () => {
    expect(responses.length).toBeGreaterThan(20);
    for (const response of responses) {
      for (const name of response.headers.keys()) expect(name).not.toMatch(/^access-control-/i);
    }
  });
});
