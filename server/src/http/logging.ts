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
  "code",
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
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}
