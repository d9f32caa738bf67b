export interface BackoffPolicy {
  /** The first delay, before jitter. */
  baseMs: number;
  /** No delay is longer than this. */
  capMs: number;
}

/** 1 s, 2 s, 4 s … up to 30 s: quick after a blip, gentle while the server is down for long. */
export const RECONNECT_POLICY: BackoffPolicy = { baseMs: 1_000, capMs: 30_000 };

/** Checked once, up front: a bad policy is a programming error, not a reason to hammer the server. */
export function checkPolicy(policy: BackoffPolicy): BackoffPolicy {
  if (!(Number.isFinite(policy.baseMs) && policy.baseMs > 0)) throw new TypeError("baseMs: a positive number");
  if (!(Number.isFinite(policy.capMs) && policy.capMs >= policy.baseMs)) throw new TypeError("capMs: at least baseMs");
  return policy;
}

/**
 * The wait before reconnect attempt `attempt` (0 = the first retry): exponential, capped, with
 * "equal jitter" (half fixed, half random) so many extensions restarting with one server do not
 * come back in step, yet no retry comes immediately.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
