import { Profiles } from "../profiles.tsx";

/** Settings: pairing, profiles and the person's choices. */
export function SettingsView({ token }: { token: string }) {
  return <Profiles token={token} />;
}
