import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The PostgreSQL client programs (pg_dump, pg_restore) as child processes.
 * The password goes in the environment, never on the command line, where
 * any user of the machine could read it in the process list.
 */
export async function runPgTool(
  program: 'pg_dump' | 'pg_restore',
  databaseUrl: string,
  args: readonly string[],
  io: { stdin?: Readable; stdout?: Writable } = {},
): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const child = spawn(program, [...args, `--dbname=${url.toString()}`], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    stdio: [io.stdin ? 'pipe' : 'ignore', io.stdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${program} was not found. Backing up and restoring PostgreSQL needs the PostgreSQL client tools of the server's major version (Debian/Ubuntu: apt-get install postgresql-client).`,
            )
          : error,
      ),
    );
    child.once('close', resolve);
  });
  const streams: Promise<void>[] = [];
  if (io.stdin && child.stdin) streams.push(pipeline(io.stdin, child.stdin));
  if (io.stdout && child.stdout) streams.push(pipeline(child.stdout, io.stdout, { end: false }));
  const piping = Promise.all(streams);
  // A tool that fails breaks its pipes too; its exit code and message say why, so they come first.
  piping.catch(() => undefined);
  const code = await exited;
  if (code !== 0) throw new Error(`${program} failed (exit ${code}): ${stderr.trim()}`);
  await piping;
}
