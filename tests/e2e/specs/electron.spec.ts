import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const electronDir = path.resolve('node_modules/electron');

function electronBinary(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env['DISPLAY'];

test.describe('the desktop app', () => {
  test.skip(
    binary === null,
    'the Electron runtime is not installed on this machine (its download is blocked); browser mode covers the renderer',
  );
  test.skip(noDisplay, 'no display: run under xvfb-run to test the desktop window');

  test('starts its embedded central service and shows the sign-in screen with demo users', async () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'workstation-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [
        '.',
        `--user-data-dir=${userData}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('demo-user-sup.east')).toBeVisible({ timeout: 60_000 });
      // Isolated and sandboxed: no Node in the page, and the bridge exposes one function.
      const page = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as { api?: object }).api ?? {}),
      }));
      expect(page).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke'] });
    } finally {
      await app.close();
    }
  });
});
