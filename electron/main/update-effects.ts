import { BrowserWindow, dialog, Notification } from 'electron';
import type * as ElectronUpdater from 'electron-updater';
import type { UpdateEffects, UpdaterLike } from './updates';

/** The real effects behind updates.ts: electron-updater, a dialog, a notification. */
export function createUpdateEffects(): UpdateEffects {
  return {
    async loadUpdater() {
      // electron-updater is CommonJS and defines `autoUpdater` as a getter,
      // which Node's ESM loader cannot see as a named export: go through default.
      type UpdaterModule = typeof ElectronUpdater;
      const loaded = (await import('electron-updater')) as UpdaterModule & {
        default?: UpdaterModule;
      };
      const updater: UpdaterLike = (loaded.default ?? loaded).autoUpdater;
      return updater;
    },
    async confirmDownload(version) {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options: Electron.MessageBoxOptions = {
        type: 'info',
        buttons: ['下载 / Download', '以后再说 / Later'],
        defaultId: 0,
        cancelId: 1,
        title: '理赔工作台更新 / Workstation update',
        message: `新版本 ${version} 可用。现在下载？退出时安装。\nVersion ${version} is available. Download it now? It installs when you quit.`,
      };
      const { response } = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
    notifyDownloaded(version) {
      if (!Notification.isSupported()) return;
      new Notification({
        title: '更新已下载 / Update downloaded',
        body: `${version}：退出时安装 / installs when you quit`,
      }).show();
    },
    repeat(check, ms) {
      setInterval(check, ms).unref();
    },
    log: {
      info: (message) => console.log(`[updates] ${message}`),
      warn: (message, error) =>
        console.warn(
          `[updates] ${message}${error === undefined ? '' : `: ${error instanceof Error ? error.message : String(error)}`}`,
        ),
    },
  };
}
