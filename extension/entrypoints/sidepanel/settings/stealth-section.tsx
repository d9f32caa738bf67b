import type { Settings } from "@nyx/shared";
import { useState } from "preact/hooks";
import { saveSettings } from "../../../src/api/settings.ts";
import { NumberField, required, SectionForm, shown } from "./section-form.tsx";

/** How a worker tab paces itself like a person: pauses between fields, steps and applications. */
export function StealthSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { stealth, limits } = settings;
  const [fieldMin, setFieldMin] = useState(String(stealth.fieldDelayMs.min));
  const [fieldMax, setFieldMax] = useState(String(stealth.fieldDelayMs.max));
  const [stepMin, setStepMin] = useState(String(stealth.stepDelayMs.min));
  const [stepMax, setStepMax] = useState(String(stealth.stepDelayMs.max));
  const [appMin, setAppMin] = useState(shown(limits.appDelaySeconds?.min));
  const [appMax, setAppMax] = useState(shown(limits.appDelaySeconds?.max));
  const [chance, setChance] = useState(String(limits.randomPause.probability));
  const [restMin, setRestMin] = useState(String(limits.randomPause.minSeconds));
  const [restMax, setRestMax] = useState(String(limits.randomPause.maxSeconds));
  return (
    <SectionForm
      title="Stealth timing"
      testId="settings-stealth"
      save={async () => {
        const { appDelaySeconds: _a, ...rest } = limits;
        const appDelay =
          appMin.trim() === "" && appMax.trim() === "" ? undefined : { min: required(appMin), max: required(appMax) };
        onSaved(
          await saveSettings({
            stealth: {
              fieldDelayMs: { min: required(fieldMin), max: required(fieldMax) },
              stepDelayMs: { min: required(stepMin), max: required(stepMax) },
            },
            limits: {
              ...rest,
              appDelaySeconds: appDelay,
              randomPause: {
                probability: required(chance),
                minSeconds: required(restMin),
                maxSeconds: required(restMax),
              },
            },
          }),
        );
      }}
    >
      <p class="hint">Each pause is drawn at random between its two values; all zero turns pacing off.</p>
      <NumberField label="Between fields, min (ms)" value={fieldMin} onInput={setFieldMin} />
      <NumberField label="Between fields, max (ms)" value={fieldMax} onInput={setFieldMax} />
      <NumberField label="Before next or submit, min (ms)" value={stepMin} onInput={setStepMin} />
      <NumberField label="Before next or submit, max (ms)" value={stepMax} onInput={setStepMax} />
      <NumberField label="Between applications, min (s)" value={appMin} onInput={setAppMin} placeholder="server's" />
      <NumberField label="Between applications, max (s)" value={appMax} onInput={setAppMax} placeholder="server's" />
      <NumberField label="Chance of a longer rest (0–1)" value={chance} onInput={setChance} />
      <NumberField label="Longer rest, min (s)" value={restMin} onInput={setRestMin} />
      <NumberField label="Longer rest, max (s)" value={restMax} onInput={setRestMax} />
    </SectionForm>
  );
}
