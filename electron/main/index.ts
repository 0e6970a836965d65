import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { startEmbeddedCentral, type EmbeddedCentral } from './central-service';
import { createMainEffects } from './effects';
import { createIpcHandlers } from './ipc/handlers';
import { registerIpcHandlers } from './ipc/register';
import { createOutboxJournal } from './outbox-journal';
import { APP_ORIGIN } from './security-policy';
import { loadSettings } from './settings-store';
import { createTokenStore } from './token-store';
import { createMainWindow, hardenSession } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const serverEntry = path.join(here, '../server/main.js');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();

let embedded: EmbeddedCentral | null = null;

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const settingsFile = path.join(userData, 'settings.json');
  const settings = await loadSettings(settingsFile);

  if (settings.centralUrl === null) {
    embedded = await startEmbeddedCentral(serverEntry, path.join(userData, 'central'));
  }
  const centralUrl = settings.centralUrl ?? embedded?.url ?? '';

  hardenSession(session.defaultSession);
  serveRenderer(rendererDir, new URL(centralUrl).origin);
  registerIpcHandlers(
    createIpcHandlers(
      createMainEffects({
        settingsFile,
        centralUrl,
        embeddedCentral: embedded !== null,
        tokens: createTokenStore(path.join(userData, 'session.bin')),
        journal: createOutboxJournal(path.join(userData, 'outbox-journal')),
      }),
    ),
    devServerUrl,
  );
  createMainWindow({
    preloadPath,
    startUrl: devServerUrl ?? `${APP_ORIGIN}/`,
    ...(devServerUrl ? { devServerUrl } : {}),
  });
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
