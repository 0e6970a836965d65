import { ipcMain, type WebFrameMain } from 'electron';
import { IPC_CHANNELS } from '@shared/ipc';
import { isAppUrl } from '../security-policy';
import { dispatchIpc, type IpcHandlers } from './handlers';

/** Answers only frames of our own app; anything else gets a refusal, not a handler. */
export function registerIpcHandlers(handlers: IpcHandlers, devServerUrl?: string): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedFrame(event.senderFrame, devServerUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: `${channel}: caller is not the workstation` },
        };
      }
      return dispatchIpc(handlers, channel, request);
    });
  }
}

function isTrustedFrame(frame: WebFrameMain | null, devServerUrl?: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}
