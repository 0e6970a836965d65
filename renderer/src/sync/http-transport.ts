import { PullResponse, PushResponse } from '@shared/sync/protocol';
import { CentralError, type CentralClient } from './central-client';
import { syncErrorFor, type SyncTransport } from './transport';

/** The sync transport over the signed-in central client. */
export function httpTransport(central: CentralClient): SyncTransport {
  const translate = (error: unknown): never => {
    if (error instanceof CentralError) {
      throw syncErrorFor(
        typeof error.status === 'number'
          ? error.status
          : error.status === 'unreachable'
            ? null
            : 500,
        error.message,
      );
    }
    throw error;
  };
  return {
    pull: (request) => central.post('/api/sync/pull', request, PullResponse).catch(translate),
    push: (request) => central.post('/api/sync/push', request, PushResponse).catch(translate),
  };
}
