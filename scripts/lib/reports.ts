import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run';

export const REPORTS_DIR = path.join(ROOT, 'reports');
export const VITEST_REPORT = path.join(REPORTS_DIR, 'vitest.json');
export const PLAYWRIGHT_REPORT = path.join(REPORTS_DIR, 'playwright.json');
export const CHECKS_REPORT = path.join(REPORTS_DIR, 'checks.json');
export const EXIT_CODES_REPORT = path.join(REPORTS_DIR, 'exit-codes.json');
export const ELECTRONEGATIVITY_REPORT = path.join(REPORTS_DIR, 'electronegativity.json');

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const zero = (): Tally => ({ passed: 0, failed: 0, skipped: 0 });

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** Vitest's JSON reporter: counts per test. */
export function vitestTally(file = VITEST_REPORT): Tally | null {
  const report = readJson(file) as Record<string, unknown> | null;
  if (!report) return null;
  return {
    passed: num(report['numPassedTests']),
    failed:
      num(report['numFailedTests']) +
      (report['success'] === false && num(report['numFailedTests']) === 0 ? 1 : 0),
    skipped: num(report['numPendingTests']) + num(report['numTodoTests']),
  };
}

/** Playwright's JSON reporter: stats.expected / unexpected / flaky / skipped. */
export function playwrightTally(file = PLAYWRIGHT_REPORT): Tally | null {
  const report = readJson(file) as { stats?: Record<string, unknown>; errors?: unknown[] } | null;
  if (!report?.stats) return null;
  const s = report.stats;
  return {
    passed: num(s['expected']) + num(s['flaky']),
    failed: num(s['unexpected']) + (report.errors?.length ?? 0),
    skipped: num(s['skipped']),
  };
}

/** Typecheck and lint count as one check each. */
export function checksTally(file = CHECKS_REPORT): Tally | null {
  const report = readJson(file) as Record<string, boolean> | null;
  if (!report) return null;
  const values = Object.values(report);
  return {
    passed: values.filter(Boolean).length,
    failed: values.filter((v) => !v).length,
    skipped: 0,
  };
}

/**
 * Electronegativity (scripts/electronegativity.ts): each check run is one
 * result, passed when its findings are clean or justified; each unjustified
 * finding, unscannable file or stale justification is one failure.
 */
export function electronegativityTally(file = ELECTRONEGATIVITY_REPORT): Tally | null {
  const report = readJson(file) as Record<string, unknown> | null;
  if (!report) return null;
  return {
    passed: num(report['passed']),
    failed: num(report['failed']),
    skipped: num(report['skipped']),
  };
}

/**
 * A runner can fail with every test passing (an unhandled error between
 * tests, a crashed worker); its exit code then counts as one failure so the
 * summary line never reads "0 failed" for a failed run.
 */
export function exitFailures(file = EXIT_CODES_REPORT): Record<string, number> {
  return (readJson(file) as Record<string, number> | null) ?? {};
}

export function totalTally(): { total: Tally; missing: string[]; failedRunners: string[] } {
  const total = zero();
  const missing: string[] = [];
  const failedRunners: string[] = [];
  const exits = exitFailures();
  for (const [name, tally] of [
    ['checks', checksTally()],
    ['electronegativity', electronegativityTally()],
    ['vitest', vitestTally()],
    ['playwright', playwrightTally()],
  ] as const) {
    if (!tally) {
      missing.push(name);
      continue;
    }
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
    if (tally.failed === 0 && (exits[name] ?? 0) !== 0) {
      failedRunners.push(name);
      total.failed += 1;
    }
  }
  return { total, missing, failedRunners };
}

export function explainTally(missing: string[], failedRunners: string[]): string[] {
  return [
    ...missing.map((name) => `(no ${name} report: counted as one failure)`),
    ...failedRunners.map(
      (name) => `(${name} exited with an error outside any test: counted as one failure)`,
    ),
  ];
}

export function summaryLine(total: Tally): string {
  return `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
}
