import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Where the Electron process's dangerous doors may be opened: each in one
 * file, behind its guard. A new ipcMain.on, a second shell.openExternal or a
 * window made elsewhere would slip past the guards, so it fails here.
 */

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name),
    )
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

const electronSources = sources('electron');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const filesMatching = (pattern: RegExp) =>
  electronSources.filter((file) => pattern.test(read(file)));

describe('the Electron process keeps each door in one guarded place', () => {
  it('listens for IPC only through the sender-checked registration', () => {
    // Imported from electron or used directly (comments may name it).
    expect(filesMatching(/\bipcMain\s*\.|\bipcMain\b[^;]*from\s*'electron'/)).toEqual([
      'electron/main/ipc/register.ts',
    ]);
    expect(read('electron/main/ipc/register.ts')).toMatch(/bindIpcHandlers\(ipcMain,/);
  });

  it('opens the OS browser only through the allow-list', () => {
    expect(filesMatching(/\bshell\s*\.\s*openExternal\b/)).toEqual(['electron/main/external.ts']);
    expect(read('electron/main/external.ts')).toMatch(
      /if \(!isAllowedExternalUrl\(url\)\) return false;/,
    );
  });

  it('creates windows only with the hardened preferences', () => {
    expect(filesMatching(/new\s+BrowserWindow\b/)).toEqual(['electron/main/window.ts']);
    const window = read('electron/main/window.ts');
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'webviewTag: false',
      "disableBlinkFeatures: 'Auxclick'",
    ])
      expect(window).toContain(setting);
  });

  it('guards every webContents, not just the main window', () => {
    expect(read('electron/main/index.ts')).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => hardenWebContents\(/,
    );
    expect(read('electron/main/index.ts')).toContain('app.enableSandbox();');
  });

  it('exposes one bridge object to the page', () => {
    expect(filesMatching(/exposeInMainWorld/)).toEqual(['electron/preload/index.ts']);
    expect(read('electron/preload/index.ts').match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });
});
