import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support.ts";

describe("health and metrics", () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp({ env: { GROK_API_KEY: "xai-secret-key-for-test" } });
  });
  afterAll(() => s.dispose());

  it("reports the database, the configured services and the version, without secrets", async () => {
    const response = await s.call("/health", { headers: { authorization: "" } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("xai-secret-key-for-test");
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { ok: true, driver: "pglite" },
      features: {
        llm: { configured: true },
        embeddings: { configured: false, notice: expect.stringMatching(/OPENAI_API_KEY/) },
        telegram: { configured: false },
        smtp: { configured: false },
      },
      paired: false,
    });
  });

  it("says degraded with 503 when the database is gone", async () => {
    const s2 = await createTestApp();
    await s2.t.database.close();
    const response = await s2.call("/health");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", database: { ok: false } });
    await s2.dispose().catch(() => undefined);
  });

  it("serves Prometheus metrics with route patterns, not raw paths", async () => {
    await s.call("/api/profiles");
    await s.call("/api/profiles?q=private");
    const response = await s.call("/metrics");
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/nyx_http_requests_total\{method="GET",route="\/api\/profiles",status="200"\} 2/);
    expect(text).toContain("nyx_process_cpu_user_seconds_total");
    expect(text).not.toContain("private");
  });
});
