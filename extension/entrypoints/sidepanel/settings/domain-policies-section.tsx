import type { DomainPolicyView } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchDomainPolicies, saveDomainPolicy } from "../../../src/api/settings.ts";
import { errorText, NumberField, required, SectionForm } from "./section-form.tsx";

const EMPTY = { domain: "", maxPerDay: "10", minSecondsBetween: "60", maxConcurrent: "1", avoid: false };

/** Per-site caps the queue keeps (a day, spacing, at once; subdomains included) and sites to avoid. */
export function DomainPoliciesSection() {
  const [policies, setPolicies] = useState<DomainPolicyView[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [form, setForm] = useState(EMPTY);
  useEffect(() => {
    fetchDomainPolicies().then(setPolicies, (e: unknown) => setLoadError(errorText(e)));
  }, []);
  const edit = (p: DomainPolicyView) =>
    setForm({
      domain: p.domain,
      maxPerDay: String(p.maxPerDay),
      minSecondsBetween: String(p.minSecondsBetween),
      maxConcurrent: String(p.maxConcurrent),
      avoid: p.avoid,
    });
  return (
    <SectionForm
      title="Domain policies"
      testId="settings-domain-policies"
      saved="Domain policy saved."
      save={async () =>
        setPolicies(
          await saveDomainPolicy({
            domain: form.domain.trim(),
            maxPerDay: required(form.maxPerDay),
            minSecondsBetween: required(form.minSecondsBetween),
            maxConcurrent: required(form.maxConcurrent),
            avoid: form.avoid,
          }),
        )
      }
    >
      <p class="hint">
        How often Nyx may apply on one site (its subdomains included). Sites without a policy have no caps.
      </p>
      {loadError && <p class="error">{loadError}</p>}
      {policies && policies.length === 0 && <p class="empty">No domain policy yet: set one below.</p>}
      {policies && policies.length > 0 && (
        <table class="policies">
          <thead>
            <tr>
              <th>Domain</th>
              <th>a day</th>
              <th>spacing</th>
              <th>at once</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {policies.map((p) => (
              <tr key={p.domain}>
                <td>
                  {p.domain}
                  {p.avoid && " (avoid)"}
                </td>
                <td>{p.maxPerDay}</td>
                <td>{p.minSecondsBetween} s</td>
                <td>{p.maxConcurrent}</td>
                <td>
                  <button type="button" aria-label={`Edit ${p.domain}`} onClick={() => edit(p)}>
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <label class="field">
        <span>Domain</span>
        <input
          value={form.domain}
          placeholder="linkedin.com"
          onInput={(e) => setForm({ ...form, domain: e.currentTarget.value })}
        />
      </label>
      <NumberField
        label="Applications a day on it"
        value={form.maxPerDay}
        onInput={(v) => setForm({ ...form, maxPerDay: v })}
      />
      <NumberField
        label="Seconds between two"
        value={form.minSecondsBetween}
        onInput={(v) => setForm({ ...form, minSecondsBetween: v })}
      />
      <NumberField
        label="At once (1–5)"
        value={form.maxConcurrent}
        onInput={(v) => setForm({ ...form, maxConcurrent: v })}
      />
      <label class="field check">
        <input
          type="checkbox"
          checked={form.avoid}
          onChange={(e) => setForm({ ...form, avoid: e.currentTarget.checked })}
        />{" "}
        Avoid this site (skip its postings)
      </label>
    </SectionForm>
  );
}
