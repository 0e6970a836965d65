import { isAllowedExternalUrl, isAppUrl } from './security-policy';

/**
 * Navigation guards for every webContents the app ever creates — the main
 * window's and any other (applied from `app.on('web-contents-created')`):
 *
 * - a page may navigate only within the app; a link to an allow-listed site
 *   opens in the OS browser instead, anything else goes nowhere;
 * - redirects and sub-frame navigations may not leave the app;
 * - `window.open`, `target=_blank` and middle-click (auxclick) never open a
 *   window inside the app (`setWindowOpenHandler` sees them all);
 * - `<webview>` is never attached.
 *
 * Only types come from Electron, so the guards are unit-tested with a fake.
 */

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  url: string;
  isMainFrame?: boolean;
}

/** The slice of Electron's WebContents the guards use. */
export interface GuardedContents {
  // One overload per event, as Electron declares them: a single signature
  // taking the union would not accept Electron's WebContents.
  /* eslint-disable @typescript-eslint/unified-signatures */
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  /* eslint-enable @typescript-eslint/unified-signatures */
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  devServerUrl?: string | undefined;
  /** Hands an allow-listed https URL to the OS browser. */
  openInBrowser(url: string): void;
  /** Records what was refused (main's log). */
  log?(message: string): void;
}

const guarded = new WeakSet<object>();

/** Frames may show these without leaving the app (they carry no remote content). */
function isInertFrameUrl(url: string): boolean {
  return url === 'about:blank' || url === 'about:srcdoc';
}

/** Applies the guards once per webContents; later calls are no-ops. */
export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const { devServerUrl } = options;
  const log = options.log ?? (() => undefined);

  const leaveForBrowser = (url: string, how: string) => {
    if (isAllowedExternalUrl(url)) {
      options.openInBrowser(url);
      log(`${how}: opened ${url} in the OS browser`);
    } else {
      log(`${how}: blocked ${url}`);
    }
  };

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, devServerUrl)) return;
    event.preventDefault();
    leaveForBrowser(event.url, 'navigation');
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame !== false) return; // the main frame is will-navigate's
    if (isAppUrl(event.url, devServerUrl) || isInertFrameUrl(event.url)) return;
    event.preventDefault();
    log(`frame navigation: blocked ${event.url}`);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, devServerUrl)) return;
    event.preventDefault();
    log(`redirect: blocked ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview: blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    leaveForBrowser(url, 'new window');
    return { action: 'deny' };
  });
}
