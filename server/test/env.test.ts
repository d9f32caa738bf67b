import { describe, expect, it } from "vitest";
import { EnvError, featureStates, parseEnv } from "../src/env.ts";

describe("environment", () => {
  it("has the documented defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NYX_PORT: 8765,
      AGENT_MODEL: "grok-4-1-fast-reasoning",
      GROK_BASE_URL: "https://api.x.ai/v1",
      EMBEDDING_MODEL: "text-embedding-3-small",
      MAX_SESSION_HOURS: 2,
      MAX_SESSION_APPLICATIONS: 200,
      MAX_DAILY_APPLICATIONS: 300,
      MAX_CONCURRENT_WORKERS: 5,
      MIN_APP_DELAY_SECONDS: 30,
      MAX_APP_DELAY_SECONDS: 180,
    });
    expect(env.NYX_DATA_DIR).toMatch(/\.nyx$/);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ GROK_API_KEY: "", NYX_PORT: "", DATABASE_URL: " " }).NYX_PORT).toBe(8765);
  });

  it("names every bad variable, and never echoes its value", () => {
    const secret = "postgres-but-not-really-secret-value";
    let error: unknown;
    try {
      parseEnv({
        NYX_PORT: "seventy",
        MAX_CONCURRENT_WORKERS: "50",
        DATABASE_URL: `mysql://${secret}`,
        TELEGRAM_CHAT_ID: "my chat",
        MIN_APP_DELAY_SECONDS: "200",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const { problems, message } = error as EnvError;
    expect(problems.map((p) => p.variable).sort()).toEqual([
      "DATABASE_URL",
      "MAX_CONCURRENT_WORKERS",
      "MIN_APP_DELAY_SECONDS",
      "NYX_PORT",
      "TELEGRAM_CHAT_ID",
    ]);
    expect(message).not.toContain(secret);
  });

  it("turns a missing key into a disabled feature with a notice", () => {
    const off = featureStates(parseEnv({ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ" }));
    expect(off.llm).toEqual({ configured: false, notice: expect.stringMatching(/GROK_API_KEY/) });
    expect(off.telegram.notice).toMatch(/TELEGRAM_CHAT_ID/);
    expect(off.telegram.notice).not.toMatch(/TELEGRAM_BOT_TOKEN/);
    const on = featureStates(
      parseEnv({
        GROK_API_KEY: "k",
        OPENAI_API_KEY: "k",
        TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        TELEGRAM_CHAT_ID: "-1001",
        SMTP_HOST: "smtp.example.com",
        DIGEST_EMAIL_TO: "ada@example.com",
        TWOCAPTCHA_API_KEY: "k",
      }),
    );
    expect(Object.values(on).every((f) => f.configured && f.notice === undefined)).toBe(true);
  });
});
