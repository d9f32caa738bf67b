import type { Settings } from "@nyx/shared";
import { useState } from "preact/hooks";
import { saveSettings } from "../../../src/api/settings.ts";
import { NumberField, SectionForm, shown, typed } from "./section-form.tsx";

const FROM_ENV = "server's";

/** How much a session and a day may do; a blank field takes the server's value (MAX_SESSION_HOURS, …). */
export function LimitsSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const limits = settings.limits;
  const [apps, setApps] = useState(shown(limits.maxSessionApplications));
  const [hours, setHours] = useState(shown(limits.maxSessionHours));
  const [daily, setDaily] = useState(shown(limits.maxDailyApplications));
  const [workers, setWorkers] = useState(shown(limits.workers));
  return (
    <SectionForm
      title="Limits"
      testId="settings-limits"
      save={async () => {
        const { maxSessionApplications, maxSessionHours, maxDailyApplications, workers: _w, ...rest } = limits;
        onSaved(
          await saveSettings({
            limits: {
              ...rest,
              maxSessionApplications: typed(apps),
              maxSessionHours: typed(hours),
              maxDailyApplications: typed(daily),
              workers: typed(workers),
            },
          }),
        );
      }}
    >
      <p class="hint">A session ends at whichever comes first. Leave a field blank to use the server's setting.</p>
      <NumberField label="Applications per session" value={apps} onInput={setApps} placeholder={FROM_ENV} />
      <NumberField label="Hours per session" value={hours} onInput={setHours} placeholder={FROM_ENV} />
      <NumberField label="Applications per day" value={daily} onInput={setDaily} placeholder={FROM_ENV} />
      <NumberField label="Worker tabs at once (1–5)" value={workers} onInput={setWorkers} placeholder={FROM_ENV} />
    </SectionForm>
  );
}
