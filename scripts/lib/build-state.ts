import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run';

const SOURCES = ['electron', 'renderer', 'shared', 'server/src', 'resources'];
const FILES = [
  'package-lock.json',
  'electron.vite.config.ts',
  'server/vite.config.ts',
  'tsconfig.base.json',
];
const STAMP = path.join(ROOT, 'out', '.build-stamp');
const OUTPUTS = [
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/server/main.js',
];

/**
 * A fingerprint of every input of the build (paths, sizes and modification
 * times), so `npm start` rebuilds only when a source changed.
 */
export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (!entry.name.endsWith('.test.ts')) {
        const stat = statSync(full);
        hash.update(`${path.relative(ROOT, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  SOURCES.forEach((dir) => visit(path.join(ROOT, dir)));
  for (const file of FILES) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) hash.update(`${file}:${readFileSync(full)}\n`);
  }
  return hash.digest('hex');
}

export function buildIsCurrent(fingerprint: string): boolean {
  if (!OUTPUTS.every((file) => existsSync(path.join(ROOT, file)))) return false;
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint;
}

export function recordBuild(fingerprint: string): void {
  writeFileSync(STAMP, fingerprint);
}
