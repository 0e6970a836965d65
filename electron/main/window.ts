import { BrowserWindow, shell, type Session } from 'electron';
import { isAllowedExternalUrl, isAppUrl, isPermissionAllowed } from './security-policy';

/**
 * Every window and session hardening setting of the app, in one place:
 * isolation, sandbox, no Node in the page, navigation pinned to the app,
 * pop-ups opened in the OS browser only when allow-listed, and no permission
 * but the camera.
 */

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isPermissionAllowed(permission, mediaTypes));
  });
  session.setPermissionCheckHandler((_webContents, permission, _origin, details) =>
    isPermissionAllowed(permission, details.mediaType ? [details.mediaType] : []),
  );
}

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  devServerUrl?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '理赔工作台',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });

  const openOutside = (url: string) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, options.devServerUrl)) return;
    event.preventDefault();
    openOutside(url);
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, options.devServerUrl)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  void window.loadURL(options.startUrl);
  return window;
}
