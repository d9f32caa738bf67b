import type { Settings } from "@nyx/shared";
import { useState } from "preact/hooks";
import { saveSettings } from "../../../src/api/settings.ts";
import { NumberField, required, SectionForm } from "./section-form.tsx";

/** The most tokens (prompt and answer) one application may spend on writing, by effort level. */
export function BudgetsSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [low, setLow] = useState(String(settings.tokenBudgets.low));
  const [medium, setMedium] = useState(String(settings.tokenBudgets.medium));
  const [high, setHigh] = useState(String(settings.tokenBudgets.high));
  return (
    <SectionForm
      title="Token budgets"
      testId="settings-budgets"
      save={async () =>
        onSaved(
          await saveSettings({ tokenBudgets: { low: required(low), medium: required(medium), high: required(high) } }),
        )
      }
    >
      <p class="hint">
        Tokens one application may spend on cover letters and written answers. An answer that would go over is not
        written: the application waits for you instead.
      </p>
      <NumberField label="Low effort" value={low} onInput={setLow} />
      <NumberField label="Medium effort" value={medium} onInput={setMedium} />
      <NumberField label="High effort" value={high} onInput={setHigh} />
    </SectionForm>
  );
}
