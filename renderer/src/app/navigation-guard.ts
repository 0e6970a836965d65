import { isAllowedExternalUrl } from '@shared/lib/external-links';

export interface NavigationGuardOptions {
  /** Opens an allow-listed site outside the workstation. */
  openExternal(url: string): void;
  /** Told of every blocked attempt, so the user learns why nothing happened. */
  onBlocked(url: string): void;
}

/**
 * Keeps the workstation's window on the workstation: a link to another site
 * (in a document, a pasted note, an injected element) never replaces the app
 * or opens a window inside it, and `window.open` opens only the app's own
 * pages. Allow-listed sites go to `openExternal`; the rest are refused.
 * The desktop app enforces the same in main; this covers browser mode too.
 */
export function installNavigationGuard(win: Window, options: NavigationGuardOptions): () => void {
  const ownOrigin = win.location.origin;
  const isOwn = (url: URL) =>
    url.origin === ownOrigin || (url.protocol === 'blob:' && url.pathname.startsWith(ownOrigin));
  const resolve = (href: string): URL | null => {
    try {
      return new URL(href, win.location.href);
    } catch {
      return null;
    }
  };
  const route = (href: string): 'own' | 'blocked' => {
    const url = resolve(href);
    if (url && isOwn(url)) return 'own';
    if (url && isAllowedExternalUrl(url.href)) options.openExternal(url.href);
    else options.onBlocked(href);
    return 'blocked';
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    if (route(target.href) === 'own') return;
    event.preventDefault();
    event.stopPropagation();
  };
  const originalOpen = win.open.bind(win);
  const guardedOpen: Window['open'] = (url, target, features) => {
    if (url === undefined || url === '') return null;
    if (route(String(url)) === 'blocked') return null;
    return originalOpen(url, target, features);
  };

  win.document.addEventListener('click', onClick, true);
  win.document.addEventListener('auxclick', onClick, true);
  win.open = guardedOpen;
  return () => {
    win.document.removeEventListener('click', onClick, true);
    win.document.removeEventListener('auxclick', onClick, true);
    win.open = originalOpen;
  };
}
