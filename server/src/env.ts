import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

/**
 * The environment, parsed once at start. Nothing else in the server reads `process.env`.
 * An empty value counts as unset, so a copied `.env.example` with blanks starts cleanly.
 */

const optionalText = z.string().trim().min(1).optional();
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

export const EnvSchema = z.object({
  NYX_PORT: int(1, 65535).default(8765),
  NYX_DATA_DIR: z.string().trim().min(1).default(join(homedir(), ".nyx")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Largest request body accepted (a posting snapshot with its HTML, a profile with its CVs). */
  NYX_BODY_LIMIT_BYTES: int(1024, 100 * 1024 * 1024).default(8 * 1024 * 1024),

  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "expected a postgres:// URL" }).optional(),

  GROK_API_KEY: optionalText,
  AGENT_MODEL: z.string().trim().min(1).default("grok-4-1-fast-reasoning"),
  GROK_BASE_URL: httpUrl.default("https://api.x.ai/v1"),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl.default("https://api.openai.com/v1"),
  EMBEDDING_MODEL: z.string().trim().min(1).default("text-embedding-3-small"),

  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, "expected a bot token as given by @BotFather (123456:ABC…)")
    .optional(),
  TELEGRAM_CHAT_ID: z
    .string()
    .regex(/^-?\d+$/, "expected a numeric chat id")
    .optional(),
  TELEGRAM_API_ROOT: httpUrl.default("https://api.telegram.org"),

  SMTP_HOST: optionalText,
  SMTP_PORT: int(1, 65535).default(587),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  SMTP_SECURE: z.enum(["true", "false"]).optional(),
  SMTP_FROM: z.email("expected an e-mail address").optional(),
  DIGEST_EMAIL_TO: z.email("expected an e-mail address").optional(),

  MAX_SESSION_HOURS: z.coerce.number().positive().max(24).default(2),
  MAX_SESSION_APPLICATIONS: int(1, 10_000).default(200),
  MAX_DAILY_APPLICATIONS: int(1, 10_000).default(300),
  MAX_CONCURRENT_WORKERS: int(1, 5).default(5),
  MIN_APP_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(30),
  MAX_APP_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(180),

  TWOCAPTCHA_API_KEY: optionalText,
  TWOCAPTCHA_BASE_URL: httpUrl.default("https://2captcha.com"),
});
export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  override readonly name = "EnvError";
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}\n` +
        "Fix these variables (see .env.example) and start again.",
    );
  }
}

/** Parses an environment; throws EnvError naming every bad variable (never echoing its value). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const known = Object.keys(EnvSchema.shape);
  const input = Object.fromEntries(
    known.map((key) => [key, source[key]?.trim() === "" ? undefined : source[key]] as const),
  );
  const result = EnvSchema.safeParse(input);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "(environment)"),
        message: issue.message,
      }));
  // Cross-field rules are checked even when other variables are bad, so every problem shows at once.
  const delays = EnvSchema.pick({ MIN_APP_DELAY_SECONDS: true, MAX_APP_DELAY_SECONDS: true }).safeParse(input);
  if (delays.success && delays.data.MIN_APP_DELAY_SECONDS > delays.data.MAX_APP_DELAY_SECONDS) {
    problems.push({
      variable: "MIN_APP_DELAY_SECONDS",
      message: `must not exceed MAX_APP_DELAY_SECONDS (${delays.data.MAX_APP_DELAY_SECONDS})`,
    });
  }
  if (result.success && problems.length === 0) return result.data;
  throw new EnvError(problems);
}

/**
 * The process environment, parsed; the only place that reads `process.env`. A `.env` file in the
 * working directory fills in what the environment does not set.
 */
export function loadEnv(overrides: Partial<Record<keyof Env, string>> = {}): Env {
  if (existsSync(".env")) process.loadEnvFile(".env");
  return parseEnv({ ...process.env, ...overrides });
}

export type FeatureName = "llm" | "embeddings" | "telegram" | "smtp" | "captchaSolver";
export interface FeatureState {
  configured: boolean;
  /** What the person sees when the feature is off, and what runs instead. */
  notice?: string;
}

/** Which outside services are configured; a missing key disables only its feature. */
export function featureStates(env: Env): Record<FeatureName, FeatureState> {
  const state = (configured: boolean, notice: string): FeatureState =>
    configured ? { configured } : { configured, notice };
  const telegramMissing = [
    env.TELEGRAM_BOT_TOKEN ? undefined : "TELEGRAM_BOT_TOKEN",
    env.TELEGRAM_CHAT_ID ? undefined : "TELEGRAM_CHAT_ID",
  ].filter((v) => v !== undefined);
  const smtpMissing = [
    env.SMTP_HOST ? undefined : "SMTP_HOST",
    env.DIGEST_EMAIL_TO ? undefined : "DIGEST_EMAIL_TO",
  ].filter((v) => v !== undefined);
  return {
    llm: state(Boolean(env.GROK_API_KEY), "GROK_API_KEY is not set: the deterministic offline writer is used"),
    embeddings: state(
      Boolean(env.OPENAI_API_KEY),
      "OPENAI_API_KEY is not set: matching uses the deterministic local scorer without embeddings",
    ),
    telegram: state(
      telegramMissing.length === 0,
      `${telegramMissing.join(" and ")} not set: no Telegram messages; interruptions wait in the side panel`,
    ),
    smtp: state(smtpMissing.length === 0, `${smtpMissing.join(" and ")} not set: no digest e-mail`),
    captchaSolver: state(
      Boolean(env.TWOCAPTCHA_API_KEY),
      "TWOCAPTCHA_API_KEY is not set: CAPTCHAs wait for the person (the default)",
    ),
  };
}
