import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

export interface CentralProcess {
  url: string;
  /** The service's process id, for reading the CPU it used. */
  pid: number | undefined;
  close(): Promise<void>;
}

/**
 * The built central service in a process of its own, as deployed: the load
 * generator must not share the event loop it measures.
 */
export async function startCentralProcess(options: {
  databaseUrl: string | null;
  demoCases: number;
  /** A data directory the caller owns (kept on close); a fresh temporary one otherwise. */
  dataDir?: string;
  /** More environment for the service (e.g. DEMO_DOCUMENTS, RENDERER_DIR). */
  env?: Record<string, string>;
  /** Options for node itself, such as --cpu-prof. */
  nodeOptions?: string[];
}): Promise<CentralProcess> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'bench-central-')));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    DEMO: '1',
    DEMO_CASES: String(options.demoCases),
    SERVE_RENDERER: '0',
    LOG_LEVEL: 'warn',
    // A fresh demo's claims would all be judged during the measurement; the benches measure sync and uploads.
    CROSS_CLAIM_CHECK_SECONDS: '0',
    ...options.env,
  };
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  else delete env['DATABASE_URL'];
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeOptions ?? []), 'out/server/main.js'],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`central service exited with ${code}: ${output}`)),
    );
  });
  return {
    url,
    pid: child.pid,
    async close() {
      child.kill('SIGTERM');
      await once(child, 'exit');
      if (ownDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
