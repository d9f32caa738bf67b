/** A failure the person can read: the server's own message, or why it could not be reached (no status). */
export class ServerError extends Error {
  override readonly name = "ServerError";
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}
