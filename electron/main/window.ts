import { BrowserWindow, type Session, type WebContents } from 'electron';
import { openAllowedExternal } from './external';
import { isPermissionAllowed } from './security-policy';
import { guardWebContents } from './web-contents-guards';

/**
 * Every window and session hardening setting of the app, in one place:
 * isolation, sandbox, no Node in the page, navigation pinned to the app,
 * pop-ups opened in the OS browser only when allow-listed, and no permission
 * but the camera for the app's own page.
 */

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(
      isPermissionAllowed(
        {
          permission,
          mediaTypes,
          requestingUrl: details.requestingUrl,
          isMainFrame: details.isMainFrame,
        },
        devServerUrl,
      ),
    );
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(
      {
        permission,
        mediaTypes: details.mediaType ? [details.mediaType] : [],
        requestingUrl: details.requestingUrl ?? requestingOrigin,
        isMainFrame: details.isMainFrame,
      },
      devServerUrl,
    ),
  );
}

/** The navigation guards for any webContents (see web-contents-guards.ts). */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  guardWebContents(contents, {
    devServerUrl,
    openInBrowser: (url) => {
      openAllowedExternal(url).catch((error: unknown) =>
        console.warn(`Could not open ${url} in the OS browser:`, error),
      );
    },
    log: (message) => console.warn(`[guard] ${message}`),
  });
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
      navigateOnDragDrop: false,
      // No auxclick events in the page; middle-click on a link still reaches
      // setWindowOpenHandler, which never opens a window inside the app.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });

  // Also applied by app.on('web-contents-created'); guarding is idempotent,
  // and doing it here keeps the window safe whoever creates it.
  hardenWebContents(window.webContents, options.devServerUrl);
  window.once('ready-to-show', () => window.show());

  void window.loadURL(options.startUrl);
  return window;
}
