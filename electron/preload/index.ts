import { contextBridge, ipcRenderer } from 'electron';
import { isIpcChannel } from '@shared/ipc/channels';
import type { WorkstationBridge } from '@shared/ipc/contract';

/**
 * The one object the page sees. It forwards only declared channels; the main
 * process checks every argument again, because a preload is no security
 * boundary on its own.
 */
const api: WorkstationBridge = {
  invoke(channel, request) {
    if (!isIpcChannel(channel)) {
      return Promise.reject(new Error(`Unknown IPC channel "${String(channel)}"`));
    }
    return ipcRenderer.invoke(channel, request);
  },
};

contextBridge.exposeInMainWorld('api', api);
