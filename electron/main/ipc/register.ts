import { ipcMain } from 'electron';
import { bindIpcHandlers } from './bind';
import type { IpcHandlers } from './handlers';

/**
 * The only place main listens for IPC: every channel goes through the sender
 * check and contract parsing in bind.ts (a lint test keeps other files from
 * calling ipcMain directly).
 */
export function registerIpcHandlers(handlers: IpcHandlers, devServerUrl?: string): void {
  bindIpcHandlers(ipcMain, handlers, devServerUrl);
}
