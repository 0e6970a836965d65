import type { PullRequest, PullResponse, PushRequest, PushResponse } from '@shared/sync/protocol';

/** How the engine reaches the central service; HTTP in the app, in-process in tests. */
export interface SyncTransport {
  pull(request: PullRequest): Promise<PullResponse>;
  push(request: PushRequest): Promise<PushResponse>;
}

/**
 * Why a sync attempt failed, as the engine must treat it: transient failures
 * are retried with backoff; `auth` needs a new sign-in or token; `refused`
 * means the service will not take this request as it is.
 */
export class SyncError extends Error {
  constructor(
    readonly kind: 'transient' | 'auth' | 'refused' | 'upgrade-required',
    message: string,
  ) {
    super(message);
  }
}

/** Maps an HTTP status (or none, for a network failure) to how sync must react. */
export function syncErrorFor(status: number | null, message: string): SyncError {
  if (status === null || status >= 500 || status === 408 || status === 429)
    return new SyncError('transient', message);
  if (status === 401) return new SyncError('auth', message);
  if (status === 426) return new SyncError('upgrade-required', message);
  return new SyncError('refused', message);
}
