import type { Settings } from "@nyx/shared";
import { useState } from "preact/hooks";
import { saveSettings } from "../../../src/api/settings.ts";
import { NumberField, required, SectionForm } from "./section-form.tsx";

/** How the queue retries an application, and how long Nyx waits for the person at a CAPTCHA or a code. */
export function WaitingSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { queue, interruptions } = settings;
  const [attempts, setAttempts] = useState(String(queue.maxAttempts));
  const [retry, setRetry] = useState(String(queue.retryBaseSeconds));
  const [lease, setLease] = useState(String(queue.leaseSeconds));
  const [captchaAttempts, setCaptchaAttempts] = useState(String(interruptions.captchaAttempts));
  const [captchaSeconds, setCaptchaSeconds] = useState(String(interruptions.captchaAttemptSeconds));
  const [codeSeconds, setCodeSeconds] = useState(String(interruptions.codeTimeoutSeconds));
  return (
    <SectionForm
      title="Retries and waiting"
      testId="settings-waiting"
      save={async () =>
        onSaved(
          await saveSettings({
            queue: {
              maxAttempts: required(attempts),
              retryBaseSeconds: required(retry),
              leaseSeconds: required(lease),
            },
            interruptions: {
              captchaAttempts: required(captchaAttempts),
              captchaAttemptSeconds: required(captchaSeconds),
              codeTimeoutSeconds: required(codeSeconds),
            },
          }),
        )
      }
    >
      <p class="hint">
        A failed application is tried again after the retry wait, doubled each time. A CAPTCHA waits for you for the
        attempts below before your phone is told; a verification code is waited for, then the application pauses.
      </p>
      <NumberField label="Tries per application" value={attempts} onInput={setAttempts} />
      <NumberField label="First retry after (seconds)" value={retry} onInput={setRetry} />
      <NumberField label="Take a silent tab's work back after (seconds)" value={lease} onInput={setLease} />
      <NumberField
        label="CAPTCHA attempts before a phone message"
        value={captchaAttempts}
        onInput={setCaptchaAttempts}
      />
      <NumberField label="Seconds per CAPTCHA attempt" value={captchaSeconds} onInput={setCaptchaSeconds} />
      <NumberField label="Wait for a verification code (seconds)" value={codeSeconds} onInput={setCodeSeconds} />
    </SectionForm>
  );
}
