import { describe, expect, it } from "vitest";
import { createLogger, safeError } from "../src/http/logging.ts";

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } });
  return { logger, text: () => lines.join("") };
}

describe("logging", () => {
  it("redacts secrets and personal fields by key, at any of the first levels", () => {
    const { logger, text } = capture();
    logger.info(
      {
        token: "tok-123",
        apiKey: "key-456",
        profile: { email: "ada@example.com" },
        req: { headers: { authorization: "Bearer x" } },
      },
      "hello",
    );
    for (const secret of ["tok-123", "key-456", "ada@example.com", "Bearer x"]) expect(text()).not.toContain(secret);
    expect(text()).toContain("[redacted]");
  });

  it("never writes query parameters or Postgres details of an error", () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: "23505",
      constraint: "users_email_key",
      detail: "Key (email)=(ada@example.com) already exists.",
    });
    const drizzleError = new Error(
      'Failed query: insert into "users" ("name", "email") values ($1, $2)\nparams: Ada Lovelace,ada@example.com',
      { cause: pgError },
    );
    const { logger, text } = capture();
    logger.error({ err: drizzleError }, "request failed");
    expect(text()).not.toContain("ada@example.com");
    expect(text()).not.toContain("Ada Lovelace");
    expect(text()).toContain("users_email_key");
    expect(text()).toContain('"code":"23505"');
    expect(safeError(drizzleError)).toMatchObject({
      type: "Error",
      message: expect.stringContaining("Failed query"),
      cause: { code: "23505", constraint: "users_email_key" },
    });
  });
});
