import { findOrInstallChromium } from './lib/chromium';
import { ensureBuilt } from './lib/build';
import { bin, run } from './lib/run';

/** Browser-mode end-to-end tests in Chromium against the built workstation. */
export async function runE2e(extraArgs: string[] = []): Promise<number> {
  await ensureBuilt({ quiet: true });
  const chromium = findOrInstallChromium();
  if (!chromium) {
    console.error(
      'No Chromium or Chrome found for the browser tests. Install one, or set CHROMIUM_PATH to its executable.',
    );
    return 1;
  }
  return run(bin('playwright'), ['test', ...extraArgs], {
    env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runE2e(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
