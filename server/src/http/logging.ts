import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger } from "pino";

/**
 * Keys whose values never reach a log line: secrets and the person's data. Request and response
 * bodies and headers are never logged in the first place; this is the second line of defence.
 */
const SECRET_KEYS = [
  "authorization",
  "token",
  "apiKey",
  "api_key",
  "password",
  "secret",
  "pairingCode",
  "cookie",
  "email",
  "phone",
  "name",
  "first",
  "last",
  "address",
  "street",
  "profile",
  "yaml",
  "files",
  "content",
  "contentText",
  "coverLetter",
  "answers",
  "value",
  "newValue",
  "oldValue",
  "databaseUrl",
];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  'req.headers["authorization"]',
];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: "nyx" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: safeError },
    },
    options.destination,
  );
}

/**
 * Errors are logged through a whitelist: drizzle puts query parameters into its messages and
 * Postgres errors carry the offending values in `detail`, so neither is ever written out.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
  const safe: Record<string, unknown> = {
    type: e.name,
    message: e.message.split(/\n\s*params:/)[0]?.slice(0, 500),
    // Only the frames: a multi-line message would otherwise continue into the stack text.
    stack: e.stack
      ?.split("\n")
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 8)
      .join("\n"),
  };
  for (const key of ["code", "constraint", "table", "column"] as const) {
    if (typeof e[key] === "string") safe[key] = e[key];
  }
  if (e.cause !== undefined) safe.cause = safeError(e.cause);
  return safe;
}
