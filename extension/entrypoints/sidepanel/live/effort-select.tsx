import type { EffortLevel } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { changeEffort } from "../../../src/api/review.ts";
import "./queue.css";

const LEVELS: EffortLevel[] = ["low", "medium", "high"];

/** The effort a waiting job will get; the person's choice is saved at once (and kept on failure: shown, not lost). */
export function EffortSelect(props: { applicationId: string; level: EffortLevel; changed: () => void }) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [value, setValue] = useState(props.level);
  useEffect(() => setValue(props.level), [props.level]);
  const choose = async (effort: EffortLevel) => {
    setSaving(true);
    setError(undefined);
    setValue(effort);
    try {
      await changeEffort(props.applicationId, { effort });
      props.changed();
    } catch (e) {
      setValue(props.level);
      setError(`${e instanceof Error ? e.message : String(e)} The effort stays ${props.level}; try again.`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <label>
        effort{" "}
        <select
          class="effort-select"
          aria-label="Effort"
          value={value}
          disabled={saving}
          onChange={(e) => void choose(e.currentTarget.value as EffortLevel)}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {error && <span class="error"> {error}</span>}
    </>
  );
}
