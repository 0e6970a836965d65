import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { freePort } from '../../../scripts/lib/port';
import { ROOT } from '../../../scripts/lib/run';
import { startCentralProcess } from '../support/central-process';

const CACHE = path.join(ROOT, 'node_modules', '.cache', 'bench-sync');

/**
 * A seeded central database for `cases` demo cases (no documents), kept in
 * node_modules/.cache between runs. The key is the built service itself (its
 * seeder, migrations and record shapes) and the case count, so a changed
 * service seeds afresh. Returns the template and how long seeding took (0
 * when reused); each run works on a copy, never on the template.
 */
export async function seededTemplate(cases: number): Promise<{ dir: string; seedMs: number }> {
  const server = await readFile(path.join(ROOT, 'out', 'server', 'main.js'));
  const key = createHash('sha256')
    .update(server)
    .update(`cases=${cases};documents=0`)
    .digest('hex');
  const dir = path.join(CACHE, `central-${cases}-${key.slice(0, 16)}`);
  if (existsSync(path.join(dir, 'pglite'))) return { dir, seedMs: 0 };
  await mkdir(CACHE, { recursive: true });
  // Templates of an older service for this size, and seeding left half done, are of no use.
  for (const entry of await readdir(CACHE))
    if (entry.startsWith(`central-${cases}-`) || entry.startsWith('seeding-'))
      await rm(path.join(CACHE, entry), { recursive: true, force: true });
  const building = await mkdtemp(path.join(CACHE, 'seeding-'));
  const began = performance.now();
  const central = await startCentralProcess({
    databaseUrl: null,
    demoCases: cases,
    dataDir: building,
    env: { DEMO_DOCUMENTS: '0' },
  });
  await central.close();
  const seedMs = performance.now() - began;
  await rename(building, dir);
  return { dir, seedMs };
}

/** A fresh copy of the template for one run, removed by the caller. */
export async function copyOfTemplate(template: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-sync-central-'));
  await cp(template, dir, { recursive: true });
  return dir;
}

/** Bundles the benchmark page (the renderer's sync code, Dexie, pouchdb-browser) with Vite. */
export async function buildPage(): Promise<string> {
  const outDir = path.join(CACHE, 'page');
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests', 'bench', 'sync'),
    base: '/',
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}

export interface PouchServer {
  url: string;
  close(): Promise<void>;
}

/** pouchdb-server, in memory, in a process of its own on a free loopback port. */
export async function startPouchServer(): Promise<PouchServer> {
  const port = await freePort(5984);
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'bench-sync-pouch-'));
  const bin = path.join(ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
  const child = spawn(
    process.execPath,
    [bin, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'],
    { cwd, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const exited = once(child, 'exit');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('pouchdb-server did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(cwd, { recursive: true, force: true });
    },
  };
}
