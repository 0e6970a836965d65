import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import { caseDigestFeed } from './data/case-digests/feed';
import { queueOpenFlags } from './features/queue/open-flags';
import { deviceKeys } from './data/sealing/device-key';
import { showBootFailure } from './app/boot-failure';
import { BLOCKED_NAVIGATION } from './app/BlockedNavigationNotice';
import { installNavigationGuard } from './app/navigation-guard';
import { PreferencesProvider } from './app/preferences-context';
import { loadPreferences, Preferences } from './data/preferences';
import { platform } from './platform';

async function boot(): Promise<void> {
  installNavigationGuard(window, {
    openExternal: (url) => void platform.openExternal(url),
    onBlocked: (url) => window.dispatchEvent(new CustomEvent(BLOCKED_NAVIGATION, { detail: url })),
  });
  // The database seals personal fields under this key, so it comes first.
  deviceKeys.load(await platform.dataKey());
  // The queue's cases and their open flags are read while the app boots rather than after it.
  caseDigestFeed.start();
  queueOpenFlags.start();
  // A device whose IndexedDB is unavailable still gets a working app with defaults.
  const preferences = await loadPreferences().catch(() => Preferences.parse({}));
  await initI18n(preferences.language);
  const info = await platform.appInfo();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <PreferencesProvider initial={preferences}>
        <App centralUrl={info.centralUrl} />
      </PreferencesProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => showBootFailure(error));

// Browser mode keeps its shell for offline reloads; the desktop app loads from disk anyway.
if (platform.kind === 'web' && 'serviceWorker' in navigator && import.meta.env.PROD) {
  void navigator.serviceWorker
    .register('/service-worker.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
      registration.active?.postMessage({
        type: 'cache-urls',
        urls: [...urls, window.location.origin + '/'],
      });
    })
    .catch(() => undefined);
}
