import { buildIsCurrent, recordBuild, sourceFingerprint } from './build-state';
import { bin, run } from './run';

/** Builds the desktop app (main, preload, renderer) and the central service, unless nothing changed. */
export async function ensureBuilt(
  options: { force?: boolean; quiet?: boolean } = {},
): Promise<void> {
  const fingerprint = sourceFingerprint();
  if (!options.force && buildIsCurrent(fingerprint)) return;
  if (!options.quiet) console.log('Building the workstation…');
  const steps: [string, string[]][] = [
    [bin('electron-vite'), ['build', '--logLevel', 'warn']],
    [bin('vite'), ['build', '-c', 'server/vite.config.ts', '--logLevel', 'warn']],
  ];
  for (const [command, args] of steps) {
    const code = await run(command, args);
    if (code !== 0)
      throw new Error(
        `Build failed: ${command.split('/').pop()} ${args.join(' ')} exited with ${code}`,
      );
  }
  recordBuild(fingerprint);
}
