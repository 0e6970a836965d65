import { IPC_CHANNELS, type IpcChannel, type IpcResult } from '@shared/ipc';
import { isAppUrl } from '../security-policy';
import { dispatchIpc, type IpcHandlers } from './handlers';

/** What main knows of the frame that sent an IPC message (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The slice of Electron's IpcMainInvokeEvent a guard reads. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The slice of Electron's ipcMain used to register handlers. */
export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: InvokeEvent, request: unknown) => Promise<IpcResult<unknown>>,
  ): void;
}

/**
 * Only the app's own top-level page may call main: not an iframe, not a page
 * that navigated elsewhere, not a destroyed frame.
 */
export function isTrustedSender(frame: SenderFrame | null, devServerUrl?: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

/**
 * Registers every declared channel — and nothing else — through the one
 * guarded entry: the sender frame is checked first, then `dispatchIpc` parses
 * the argument against the contract. An untrusted caller gets a refusal and
 * no handler runs.
 */
export function bindIpcHandlers(
  ipc: IpcRegistrar,
  handlers: IpcHandlers,
  devServerUrl?: string,
): IpcChannel[] {
  for (const channel of IPC_CHANNELS) {
    ipc.handle(channel, async (event, request) => {
      if (!isTrustedSender(event.senderFrame, devServerUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: `${channel}: caller is not the workstation` },
        };
      }
      return dispatchIpc(handlers, channel, request);
    });
  }
  return [...IPC_CHANNELS];
}
