import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { startEmbeddedCentral, type EmbeddedCentral } from './central-service';
import { createDataKeyStore } from './data-key-store';
import { createJournalSealer } from './journal-sealer';
import { createMainEffects } from './effects';
import { createIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { createOutboxJournal } from './outbox-journal';
import { APP_ORIGIN } from './security-policy';
import { loadSettings } from './settings-store';
import { createTokenStore } from './token-store';
import { createUpdateEffects } from './update-effects';
import { resolveUpdateFeed, startUpdates } from './updates';
import { createMainWindow, hardenSession, hardenWebContents } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const serverEntry = path.join(here, '../server/main.js');
// electron-vite's dev server, in development only: a packaged app never
// takes its page (and the trust that goes with it) from the environment.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

registerAppScheme();
// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

// Any webContents at all — the main window's, and any other that might ever
// appear — gets the same navigation, pop-up and webview guards.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

let embedded: EmbeddedCentral | null = null;

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const settingsFile = path.join(userData, 'settings.json');
  const settings = await loadSettings(settingsFile);

  if (settings.centralUrl === null) {
    embedded = await startEmbeddedCentral(serverEntry, path.join(userData, 'central'));
  }
  const centralUrl = settings.centralUrl ?? embedded?.url ?? '';

  // The key that seals personal data in IndexedDB and in the outbox journal,
  // kept under the OS keychain (safeStorage).
  const dataKey = createDataKeyStore(path.join(userData, 'data-key.bin'), {
    available: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  });
  hardenSession(session.defaultSession, devServerUrl);
  serveRenderer(rendererDir, new URL(centralUrl).origin);
  registerIpcHandlers(
    createIpcHandlers(
      createMainEffects({
        settingsFile,
        centralUrl,
        embeddedCentral: embedded !== null,
        tokens: createTokenStore(path.join(userData, 'session.bin')),
        dataKey,
        journal: createOutboxJournal(path.join(userData, 'outbox-journal'), {
          sealer: createJournalSealer(() => dataKey.load()),
        }),
      }),
    ),
    devServerUrl,
  );
  createMainWindow({
    preloadPath,
    startUrl: devServerUrl ?? `${APP_ORIGIN}/`,
    ...(devServerUrl ? { devServerUrl } : {}),
  });

  void startUpdates(
    resolveUpdateFeed({ env: process.env['UPDATE_FEED_URL'], settings: settings.updateFeedUrl }),
    createUpdateEffects(),
  );
}

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => embedded?.stop());

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('理赔工作台无法启动 / The workstation could not start', message);
    app.exit(1);
  });
