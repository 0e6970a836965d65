import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './lib/build';
import { electronExecutable, tryInstallElectron } from './lib/electron-binary';
import { freePort } from './lib/port';
import { ROOT } from './lib/run';
import { userDataDir } from './lib/user-data';

/**
 * `npm start`: build if sources changed, then open the desktop app — or, when
 * there is no Electron runtime or no display, serve the same workstation in
 * the browser from the embedded central service.
 */
async function main(): Promise<void> {
  await ensureBuilt();
  await tryInstallElectron();
  const electron = electronExecutable();
  const headless =
    process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];

  if (electron && !headless) {
    const args = ['.'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const child = spawn(electron, args, { cwd: ROOT, stdio: 'inherit' });
    child.once('exit', (code) => process.exit(code ?? 0));
    return;
  }

  console.log(
    electron
      ? 'No display found: serving the workstation in browser mode instead of opening the desktop window.'
      : 'The Electron runtime is not installed (its download failed or is blocked): serving the workstation in browser mode.',
  );
  const port = await freePort(Number(process.env['PORT'] ?? 4780));
  const server = spawn(process.execPath, [path.join(ROOT, 'out', 'server', 'main.js')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: process.env['HOST'] ?? '127.0.0.1',
      DATA_DIR: process.env['DATA_DIR'] ?? path.join(userDataDir(), 'central'),
    },
  });
  server.once('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => server.kill(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
