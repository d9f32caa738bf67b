import type { CaptchaKind } from "@nyx/shared";

/** What a solving service needs to know about a CAPTCHA on a page. */
export interface CaptchaTask {
  kind: CaptchaKind;
  /** The widget's public site key; without it no service can solve it. */
  sitekey: string | undefined;
  pageUrl: string;
}

/**
 * Who solves a CAPTCHA (PRODUCT.md §6): the person by default; a service such as 2captcha
 * (`TWOCAPTCHA_API_KEY`) may be plugged in here. `solve` answers the widget's response token, or
 * undefined when this solver leaves it to the person (no key, no site key, the service failed);
 * it never throws.
 */
export interface CaptchaSolver {
  /** `captcha_events.solver_service` for its attempts ("2captcha"); undefined for the person. */
  readonly service: string | undefined;
  solve(task: CaptchaTask): Promise<string | undefined>;
}

/** The default: every CAPTCHA waits for the person in the worker tab. */
export const personSolves: CaptchaSolver = {
  service: undefined,
  solve: async () => undefined,
};
