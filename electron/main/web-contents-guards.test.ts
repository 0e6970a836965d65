import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, type GuardedContents } from './web-contents-guards';

type Listener = (event: { url: string; isMainFrame?: boolean; preventDefault(): void }) => void;

/** A stand-in for Electron's WebContents that records the guards. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Emits an event; true when a guard prevented it. */
  const emit = (event: string, url = '', isMainFrame?: boolean): boolean => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? [])
      listener({
        url,
        ...(isMainFrame === undefined ? {} : { isMainFrame }),
        preventDefault: () => void (prevented = true),
      });
    return prevented;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents, listeners, emit, open };
}

function guarded(devServerUrl?: string) {
  const fake = fakeContents();
  const openInBrowser = vi.fn();
  guardWebContents(fake.contents, { devServerUrl, openInBrowser });
  return { ...fake, openInBrowser };
}

describe('webContents guards', () => {
  it('lets the page move within the app', () => {
    const { emit, openInBrowser } = guarded();
    expect(emit('will-navigate', 'app://workstation/cases/1')).toBe(false);
    expect(emit('will-redirect', 'app://workstation/queue')).toBe(false);
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  it('blocks navigation to an outside site and does not open it anywhere', () => {
    const { emit, openInBrowser } = guarded();
    expect(emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  it('sends an allow-listed link to the OS browser instead of navigating', () => {
    const { emit, openInBrowser } = guarded();
    expect(emit('will-navigate', 'https://www.nfra.gov.cn/rules')).toBe(true);
    expect(openInBrowser).toHaveBeenCalledWith('https://www.nfra.gov.cn/rules');
  });

  it('blocks redirects and frame navigations that leave the app', () => {
    const { emit } = guarded();
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(emit('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(emit('will-frame-navigate', 'about:blank', false)).toBe(false);
    expect(emit('will-frame-navigate', 'app://workstation/x', false)).toBe(false);
    // The main frame is will-navigate's to decide (and to hand to the OS browser).
    expect(emit('will-frame-navigate', 'https://www.nfra.gov.cn/', true)).toBe(false);
  });

  it('never opens a window inside the app: window.open, target=_blank and middle-click alike', () => {
    const { open, openInBrowser } = guarded();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://workstation/queue')).toEqual({ action: 'deny' });
    expect(openInBrowser).not.toHaveBeenCalled();
    expect(open('https://wenshu.court.gov.cn/judgment/1')).toEqual({ action: 'deny' });
    expect(openInBrowser).toHaveBeenCalledWith('https://wenshu.court.gov.cn/judgment/1');
  });

  it('never attaches a webview', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('trusts the dev server origin only when main runs against one', () => {
    expect(guarded('http://localhost:5173').emit('will-navigate', 'http://localhost:5173/q')).toBe(
      false,
    );
    expect(guarded().emit('will-navigate', 'http://localhost:5173/q')).toBe(true);
  });

  it('guards a webContents once, however often it is handed over', () => {
    const { contents, listeners } = fakeContents();
    const options = { openInBrowser: vi.fn() };
    guardWebContents(contents, options);
    guardWebContents(contents, options);
    expect(listeners.get('will-navigate')).toHaveLength(1);
  });
});
