import type { Settings } from "@nyx/shared";
import { useState } from "preact/hooks";
import { saveSettings } from "../../../src/api/settings.ts";
import { lines, SectionForm } from "./section-form.tsx";

function ListField({ label, value, onInput }: { label: string; value: string; onInput: (v: string) => void }) {
  return (
    <label class="field list">
      <span>{label}</span>
      <textarea rows={4} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  );
}

/** Companies to prefer and to avoid (avoided ones are skipped), and the countries whose salaries count as premium. */
export function TiersSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [top, setTop] = useState(settings.companyTiers.top.join("\n"));
  const [avoid, setAvoid] = useState(settings.companyTiers.avoid.join("\n"));
  const [premium, setPremium] = useState(settings.premiumCountries.join("\n"));
  return (
    <SectionForm
      title="Company tiers"
      testId="settings-tiers"
      save={async () =>
        onSaved(
          await saveSettings({
            companyTiers: { top: lines(top), avoid: lines(avoid) },
            premiumCountries: lines(premium),
          }),
        )
      }
    >
      <p class="hint">One company per line, as postings name it. Companies on neither list are "normal".</p>
      <ListField label="Top companies" value={top} onInput={setTop} />
      <ListField label="Companies to avoid" value={avoid} onInput={setAvoid} />
      <ListField label="Premium countries" value={premium} onInput={setPremium} />
    </SectionForm>
  );
}
