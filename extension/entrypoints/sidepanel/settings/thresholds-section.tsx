import type { Settings } from "@nyx/shared";
import { useState } from "preact/hooks";
import { saveSettings } from "../../../src/api/settings.ts";
import { NumberField, required, SectionForm } from "./section-form.tsx";

/** Where a match is applied to, sent to the review queue, or skipped (shares of 1: 0.5 is 50 %). */
export function ThresholdsSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [apply, setApply] = useState(String(settings.thresholds.apply));
  const [review, setReview] = useState(String(settings.thresholds.review));
  const [semantic, setSemantic] = useState(String(settings.semanticWeight));
  const [followUp, setFollowUp] = useState(String(settings.followUpDays));
  return (
    <SectionForm
      title="Thresholds"
      testId="settings-thresholds"
      save={async () =>
        onSaved(
          await saveSettings({
            thresholds: { apply: required(apply), review: required(review) },
            semanticWeight: required(semantic),
            followUpDays: required(followUp),
          }),
        )
      }
    >
      <p class="hint">
        Shares of 1 (0.5 = 50 %): at or above "apply" Nyx applies; between the two the job waits in the review queue;
        below "review" it is skipped.
      </p>
      <NumberField label="Apply at or above" value={apply} onInput={setApply} />
      <NumberField label="Review at or above" value={review} onInput={setReview} />
      <NumberField label="Weight of semantic similarity" value={semantic} onInput={setSemantic} />
      <NumberField label="Follow-up reminder after (days)" value={followUp} onInput={setFollowUp} />
    </SectionForm>
  );
}
