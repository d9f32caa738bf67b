/** A list or record that could not be loaded: why, what to do (`hint`), and a Retry button. */
export function LoadError({ message, hint, retry }: { message: string; hint?: string; retry: () => unknown }) {
  return (
    <p class="error" role="alert">
      {message}
      {hint ? ` ${hint}` : ""}{" "}
      <button type="button" onClick={() => void retry()}>
        Retry
      </button>
    </p>
  );
}
