import type { SessionLimits, Settings } from "@nyx/shared";
import type { Env } from "../env.ts";

export interface RunLimits extends SessionLimits {
  randomPause: Settings["limits"]["randomPause"];
}

/** The limits a new session runs under: the person's settings where they set one, else the environment. */
export function effectiveLimits(env: Env, settings: Settings): RunLimits {
  const l = settings.limits;
  return {
    maxApplications: l.maxSessionApplications ?? env.MAX_SESSION_APPLICATIONS,
    maxSeconds: Math.round((l.maxSessionHours ?? env.MAX_SESSION_HOURS) * 3600),
    maxDaily: l.maxDailyApplications ?? env.MAX_DAILY_APPLICATIONS,
    workers: l.workers ?? env.MAX_CONCURRENT_WORKERS,
    appDelaySeconds: l.appDelaySeconds ?? { min: env.MIN_APP_DELAY_SECONDS, max: env.MAX_APP_DELAY_SECONDS },
    randomPause: l.randomPause,
  };
}

/** The pause a tab takes after an application: a random wait in the range, now and then a longer rest. */
export function pauseBetweenApplications(limits: RunLimits, random: () => number = Math.random): number {
  const { min, max } = limits.appDelaySeconds;
  let seconds = min + (max - min) * random();
  const rest = limits.randomPause;
  if (rest.probability > 0 && random() < rest.probability)
    seconds += rest.minSeconds + (rest.maxSeconds - rest.minSeconds) * random();
  return Math.round(seconds * 1000);
}
