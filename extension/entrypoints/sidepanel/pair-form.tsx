import { useState } from "preact/hooks";
import { pair } from "../../src/server-client.ts";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Trades the code from "nyx pair" for the server's token. */
export function PairForm() {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  return (
    <section data-testid="pairing">
      <p>Run "pnpm nyx pair" where the server runs, and enter the code it prints.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(undefined);
          pair(code).then(
            () => setBusy(false),
            (e: unknown) => {
              setBusy(false);
              setError(message(e));
            },
          );
        }}
      >
        <input
          aria-label="Pairing code"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          placeholder="ABCD-EFGH"
          autoComplete="off"
        />{" "}
        <button type="submit" disabled={busy || code.trim().length < 4}>
          Pair
        </button>
      </form>
      {error && <p class="error">{error}</p>}
    </section>
  );
}
