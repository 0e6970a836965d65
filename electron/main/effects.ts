import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, Notification } from 'electron';
import { openAllowedExternal } from './external';
import type { MainEffects } from './ipc/handlers';
import type { OutboxJournal } from './outbox-journal';
import { loadSettings, saveSettings } from './settings-store';
import type { createDataKeyStore } from './data-key-store';
import type { createTokenStore } from './token-store';

/** Largest file the renderer may pull through the open dialog in one go. */
const MAX_OPEN_BYTES = 200 * 1024 * 1024;

export interface EffectsContext {
  settingsFile: string;
  centralUrl: string;
  embeddedCentral: boolean;
  tokens: ReturnType<typeof createTokenStore>;
  dataKey: ReturnType<typeof createDataKeyStore>;
  journal: OutboxJournal;
}

/** The real OS effects behind the IPC handlers. */
export function createMainEffects(context: EffectsContext): MainEffects {
  const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      centralUrl: context.centralUrl,
      embeddedCentral: context.embeddedCentral,
    }),
    async setCentralUrl(url) {
      // Keep every other setting (e.g. the update feed) as it is.
      const current = await loadSettings(context.settingsFile);
      await saveSettings(context.settingsFile, { ...current, centralUrl: url });
      return { restartRequired: url !== (context.embeddedCentral ? null : context.centralUrl) };
    },
    async openExternal(url) {
      if (!(await openAllowedExternal(url))) throw new Error(`Opening ${url} is not allowed`);
    },
    showNotification(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    loadToken: () => context.tokens.load(),
    dataKey: () => context.dataKey.load(),
    storeToken: (token) => context.tokens.store(token),
    clearToken: () => context.tokens.clear(),
    async openFiles({ title, filters, multiple }) {
      const window = focused();
      const options: Electron.OpenDialogOptions = {
        ...(title ? { title } : {}),
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      if (result.canceled) return [];
      return Promise.all(
        result.filePaths.map(async (file) => {
          const bytes = await readFile(file);
          if (bytes.byteLength > MAX_OPEN_BYTES) {
            throw new Error(`${path.basename(file)} is larger than 200 MB`);
          }
          return { name: path.basename(file), bytes: new Uint8Array(bytes) };
        }),
      );
    },
    async saveFile(suggestedName, bytes) {
      const window = focused();
      const options = { defaultPath: suggestedName };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return false;
      await writeFile(result.filePath, bytes);
      return true;
    },
    async printToPdf() {
      const window = focused();
      if (!window) throw new Error('No window to print');
      return new Uint8Array(await window.webContents.printToPDF({ printBackground: true }));
    },
    appendJournal: (entries) => context.journal.append(entries),
    acknowledgeJournal: (userId, mutationIds) => context.journal.acknowledge(userId, mutationIds),
    pendingJournal: (userId) => context.journal.pending(userId),
  };
}
