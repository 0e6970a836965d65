import {
  JOURNAL_BATCH_MAX,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
  type WorkstationBridge,
} from '@shared/ipc';
import { isOnline, onOnlineChange } from './online';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the desktop app; exposed by the preload. */
    api?: WorkstationBridge;
  }
}

async function call<C extends IpcChannel>(
  bridge: WorkstationBridge,
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResponse<C>> {
  const result = await bridge.invoke(channel, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function createElectronPlatform(bridge: WorkstationBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => call(bridge, 'app:info', {}),
    openFiles: async (options) => (await call(bridge, 'file:open', options)).files,
    saveFile: async (suggestedName, bytes) =>
      (await call(bridge, 'file:save', { suggestedName, bytes })).saved,
    printToPdf: async () => (await call(bridge, 'print:toPdf', {})).bytes,
    notify: async (title, body) => {
      await call(bridge, 'notification:show', { title, body });
      return true;
    },
    openExternal: async (url) => {
      await call(bridge, 'external:open', { url });
    },
    setCentralUrl: (url) => call(bridge, 'app:setCentralUrl', { url }),
    tokens: {
      load: async () => (await call(bridge, 'token:load', {})).token,
      store: async (token) => {
        await call(bridge, 'token:store', { token });
      },
      clear: async () => {
        await call(bridge, 'token:clear', {});
      },
    },
    dataKey: async () => (await call(bridge, 'key:data', {})).key,
    journal: {
      // The channel takes at most JOURNAL_BATCH_MAX per call; callers need not know.
      append: async (entries) => {
        for (const batch of chunks(entries))
          await call(bridge, 'journal:append', { entries: batch });
      },
      acknowledge: async (userId, mutationIds) => {
        for (const batch of chunks(mutationIds)) {
          await call(bridge, 'journal:acknowledge', { userId, mutationIds: batch });
        }
      },
      pending: async (userId) => (await call(bridge, 'journal:pending', { userId })).entries,
    },
    isOnline,
    onOnlineChange,
  };
}

function chunks<T>(items: T[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += JOURNAL_BATCH_MAX) {
    batches.push(items.slice(i, i + JOURNAL_BATCH_MAX));
  }
  return batches;
}
