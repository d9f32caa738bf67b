import { defineContentScript } from "wxt/utils/define-content-script";
import { adapterFor } from "../../src/adapters/index.ts";
import { advanceStep } from "../../src/apply/advance-step.ts";
import { captchaState } from "../../src/apply/captcha-widget.ts";
import { confirmationText } from "../../src/apply/navigation.ts";
import { runStep } from "../../src/apply/run-step.ts";
import { enterCode } from "../../src/apply/verification-code.ts";
import { onMessage } from "../../src/content-messaging.ts";

/**
 * The worker tab's hands: fills the step it is asked to, presses the way forward when told,
 * reports on the CAPTCHA before submit, types the code the person gave, and reads the site's confirmation. It answers only the extension's background (never the page), and
 * it holds no token: plans and CVs come through the background.
 */
export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main(ctx) {
    ctx.onInvalidated(onMessage("applyStep", ({ applicationId, step }) => runStep(applicationId, step)));
    ctx.onInvalidated(onMessage("applyAdvance", ({ kind }) => advanceStep(kind)));
    ctx.onInvalidated(onMessage("applyCaptcha", async ({ token }) => captchaState(token)));
    ctx.onInvalidated(onMessage("applyEnterCode", ({ code }) => enterCode(code)));
    ctx.onInvalidated(
      onMessage("applyConfirmation", async () => {
        const confirmation = adapterFor(document).confirmation?.(document) ?? confirmationText(document, "");
        return confirmation ? { confirmation } : {};
      }),
    );
  },
});
