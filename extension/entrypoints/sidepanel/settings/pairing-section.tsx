import { useEffect, useState } from "preact/hooks";
import { serverToken, serverUrl } from "../../../src/storage.ts";

/**
 * This panel's pairing with the server. Unpairing forgets the token here (the server keeps
 * working); the pairing form then asks for a new code from "nyx pair".
 */
export function PairingSection() {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [sure, setSure] = useState(false);
  useEffect(() => {
    serverUrl.getValue().then(setUrl, () => setUrl(undefined));
  }, []);
  return (
    <section data-testid="settings-pairing" class="settings-section">
      <h3>Pairing</h3>
      <p>
        Paired with the Nyx server at <code>{url ?? "…"}</code>. Only this extension can use it.
      </p>
      {!sure ? (
        <button type="button" onClick={() => setSure(true)}>
          Unpair…
        </button>
      ) : (
        <p>
          Forget the token? To pair again, run "pnpm nyx pair" where the server runs and enter the code.{" "}
          <button type="button" onClick={() => void serverToken.setValue(null)}>
            Unpair now
          </button>{" "}
          <button type="button" onClick={() => setSure(false)}>
            Keep paired
          </button>
        </p>
      )}
    </section>
  );
}
