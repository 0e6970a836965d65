import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ensureBuilt } from './lib/build';
import {
  CHECKS_REPORT,
  ELECTRONEGATIVITY_REPORT,
  EXIT_CODES_REPORT,
  REPORTS_DIR,
  explainTally,
  summaryLine,
  totalTally,
} from './lib/reports';
import { bin, run } from './lib/run';
import { runE2e } from './e2e';

/**
 * `npm test`: everything that needs no network — typecheck, lint, the
 * Electron security scan, unit and integration tests, then the browser-mode
 * e2e specs — and one summary line.
 */
async function main(): Promise<number> {
  rmSync(REPORTS_DIR, { recursive: true, force: true });
  mkdirSync(REPORTS_DIR, { recursive: true });
  const checks: Record<string, boolean> = {};

  const step = (name: string) => console.log(`\n── ${name} ──`);

  step('typecheck');
  checks['typecheck'] = true;
  for (const project of ['node', 'web', 'server', 'tests', 'sw']) {
    const code = await run(bin('tsc'), ['--noEmit', '-p', `tsconfig.${project}.json`]);
    if (code !== 0) checks['typecheck'] = false;
  }

  step('lint');
  checks['lint'] = (await run(bin('eslint'), ['.', '--max-warnings', '0'])) === 0;
  writeFileSync(CHECKS_REPORT, JSON.stringify(checks));

  step('Electron security (Electronegativity)');
  const electronegativity = await run(bin('tsx'), [
    'scripts/electronegativity.ts',
    '--report',
    ELECTRONEGATIVITY_REPORT,
  ]);

  step('build');
  await ensureBuilt({ quiet: true });

  step('unit and integration tests (Vitest)');
  const vitest = await run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORTS_DIR}/vitest.json`,
  ]);

  step('end-to-end tests (Playwright, browser mode)');
  const e2e = await runE2e();

  writeFileSync(EXIT_CODES_REPORT, JSON.stringify({ electronegativity, vitest, playwright: e2e }));
  const { total, missing, failedRunners } = totalTally();
  const failed = total.failed + missing.length;
  console.log('');
  for (const line of explainTally(missing, failedRunners)) console.log(line);
  console.log(summaryLine({ ...total, failed }));
  return failed > 0 ||
    electronegativity !== 0 ||
    vitest !== 0 ||
    e2e !== 0 ||
    Object.values(checks).includes(false)
    ? 1
    : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
