import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './run';

const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const ATTEMPT_FILE = path.join(
  ROOT,
  'node_modules',
  '.cache',
  'workstation',
  'electron-install.json',
);
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** The Electron executable if there is one: a local distribution or the downloaded binary. */
export function electronExecutable(): string | null {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const candidates = ['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'].map(
      (f) => path.join(override, f),
    );
    return candidates.find((file) => existsSync(file)) ?? null;
  }
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/**
 * The project installs with scripts disabled so `npm install` works where
 * Electron's download is blocked; here we run Electron's own installer once,
 * tolerate its failure, and try again only a day later.
 */
export async function tryInstallElectron(): Promise<boolean> {
  if (electronExecutable()) return true;
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH'] || process.env['ELECTRON_SKIP_BINARY_DOWNLOAD'])
    return false;
  if (existsSync(ATTEMPT_FILE)) {
    const last = Number(JSON.parse(readFileSync(ATTEMPT_FILE, 'utf8')).at ?? 0);
    if (Date.now() - last < RETRY_AFTER_MS) return false;
  }
  mkdirSync(path.dirname(ATTEMPT_FILE), { recursive: true });
  writeFileSync(ATTEMPT_FILE, JSON.stringify({ at: Date.now() }));
  console.log('Downloading the Electron runtime (first start only)…');
  const code = await run(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    stdio: ['ignore', 'ignore', 'ignore'],
    timeout: 180_000,
  }).catch(() => 1);
  return code === 0 && electronExecutable() !== null;
}
