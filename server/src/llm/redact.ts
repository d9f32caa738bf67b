/** Key-shaped words: OpenAI `sk-…`, xAI `xai-…`, bearer tokens. */
const KEY_LIKE = /\b(?:sk|xai)-[\w-]{6,}|\bBearer\s+\S+/gi;
const MAX_LENGTH = 300;

/**
 * Text from a provider (an error message) made safe to store and log: the given secrets and anything
 * shaped like an API key replaced, one line, cut to 300 characters.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  }
  out = out.replace(KEY_LIKE, "[redacted]").replace(/\s+/g, " ").trim();
  return out.length > MAX_LENGTH ? `${out.slice(0, MAX_LENGTH - 1)}…` : out;
}
