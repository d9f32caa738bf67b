import type { Settings } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchSettings } from "../../../src/api/settings.ts";
import { Profiles } from "../profiles.tsx";
import { BudgetsSection } from "../settings/budgets-section.tsx";
import { DomainPoliciesSection } from "../settings/domain-policies-section.tsx";
import { LimitsSection } from "../settings/limits-section.tsx";
import { MonitorSection } from "../settings/monitor-section.tsx";
import { NotificationsSection } from "../settings/notifications-section.tsx";
import { PairingSection } from "../settings/pairing-section.tsx";
import { errorText } from "../settings/section-form.tsx";
import "../settings/settings.css";
import { LoadError } from "../load-error.tsx";
import { StealthSection } from "../settings/stealth-section.tsx";
import { ThresholdsSection } from "../settings/thresholds-section.tsx";
import { TiersSection } from "../settings/tiers-section.tsx";
import { WaitingSection } from "../settings/waiting-section.tsx";

type Load = { state: "loading" } | { state: "ok"; settings: Settings } | { state: "error"; message: string };

/**
 * Settings: pairing, the decision settings (thresholds, limits, stealth timing, company tiers),
 * domain policies,
 * profiles and CVs, the monitor list, notification channels. Each form saves on its own; after a
 * save a form keeps what was saved; forms that share a section (limits) send the others' values as
 * the server last answered them.
 */
export function SettingsView({ token }: { token: string }) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const reload = () =>
    fetchSettings().then(
      (settings) => setLoad({ state: "ok", settings }),
      (e: unknown) => setLoad({ state: "error", message: errorText(e) }),
    );
  useEffect(() => {
    void reload();
  }, [token]);
  const saved = (settings: Settings) => setLoad({ state: "ok", settings });

  return (
    <div class="settings" data-testid="settings">
      <PairingSection />
      <Profiles token={token} />
      {load.state === "loading" && <p>Loading the settings…</p>}
      {load.state === "error" && <LoadError message={load.message} retry={() => reload()} />}
      {load.state === "ok" && (
        <>
          <ThresholdsSection settings={load.settings} onSaved={saved} />
          <LimitsSection settings={load.settings} onSaved={saved} />
          <StealthSection settings={load.settings} onSaved={saved} />
          <BudgetsSection settings={load.settings} onSaved={saved} />
          <WaitingSection settings={load.settings} onSaved={saved} />
          <TiersSection settings={load.settings} onSaved={saved} />
        </>
      )}
      <DomainPoliciesSection />
      <MonitorSection />
      <NotificationsSection />
    </div>
  );
}
