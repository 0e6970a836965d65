/**
 * The most each endpoint reads from a request body, set on every route that
 * takes one, so an oversize body is refused with 413 before it is parsed or
 * buffered. Sized from the largest valid request of each kind, with room for
 * JSON escaping (\uXXXX turns one Chinese character into six bytes).
 */
export const BODY_LIMITS = {
  /** A username and password, or a refresh token. */
  credentials: 4 * 1024,
  /** A small command: a lifecycle transition with its reason, a pull, a file declaration. */
  command: 32 * 1024,
  /** A push of up to 500 mutations, some carrying calculation inputs and site surveys. */
  push: 10 * 1024 * 1024,
  /** An external analysis service's batch of up to 500 flags with their evidence. */
  flags: 5 * 1024 * 1024,
  /** One chunk of a resumable file upload (the client sends at most this much). */
  chunk: 8 * 1024 * 1024,
  /** Routes that read no body; also the service-wide fallback for any route added later. */
  fallback: 1024 * 1024,
} as const;

/** "16 KB", "8 MB": a limit as people read it in an error message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
