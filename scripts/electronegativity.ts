import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy } from '../electron/main/security-policy';
import {
  findingFromIssue,
  judge,
  judgementCsv,
  JustificationsFile,
  parseElectronegativityCsv,
  type Finding,
  type Judgement,
  type RunnerIssue,
  type ScanError,
} from './lib/electronegativity';
import { ROOT } from './lib/run';

/**
 * `npm run lint:electron` (and a step of `npm test`): Electronegativity over
 * the desktop app's sources — electron/ (main, preload) and renderer/ (the
 * HTML and every TS/TSX file; its bundled parser reads them all) — judged
 * against electron/electronegativity-justifications.json. Offline: the
 * Electron version comes from package.json, and the one check that needs the
 * network (AvailableSecurityFixesGlobalCheck, a live list of Electron
 * releases) is left out; keeping Electron current is a dependency matter.
 *
 *   --report <file>  also write the tally for the `npm test` summary
 *   --csv <file>     judge a CSV written by `npx electronegativity … -o file.csv`
 *                    instead of scanning
 *
 * Scanning goes through Electronegativity's documented programmatic API, not
 * its CLI: with `-o` the CLI drops parse errors silently (an unparseable file
 * would go unscanned unnoticed) and writes its CSV without waiting. The judged
 * result is written to reports/electronegativity.csv.
 */

const JUSTIFICATIONS = path.join(ROOT, 'electron', 'electronegativity-justifications.json');
const CSV_REPORT = path.join(ROOT, 'reports', 'electronegativity.csv');
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** Where the scan shows the CSP that app-protocol.ts sends as a header (see stage()). */
const CSP_PAGE = 'electron/main/app-protocol.csp.html';
/** The embedded central service's origin as the CSP names it (the port varies per run). */
const EMBEDDED_CENTRAL = 'http://127.0.0.1:4780';

interface RunnerResult {
  globalChecks: number;
  atomicChecks: number;
  errors: ScanError[];
  issues: RunnerIssue[];
}
type Runner = (options: Record<string, unknown>, forCli?: boolean) => Promise<RunnerResult>;

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.['electron']?.replace(/^[^\d]*/, '');
  if (!version) throw new Error('package.json names no electron devDependency');
  return version;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/**
 * The tree to scan: the app's sources with their repository paths (so
 * findings name real files), tests left out, plus one generated page. The
 * app's CSP is an HTTP header set in code (electron/main/app-protocol.ts),
 * which Electronegativity cannot see; CSP_PAGE carries the very policy that
 * header sends as a meta tag, so its CSP check evaluates what is served.
 */
function stage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
  for (const source of ['electron', 'renderer'])
    cpSync(path.join(ROOT, source), path.join(dir, source), {
      recursive: true,
      filter: (file) => !isTest(file) && !file.includes(`${path.sep}node_modules`),
    });
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  const csp = contentSecurityPolicy(EMBEDDED_CENTRAL).replace(/"/g, '&quot;');
  writeFileSync(
    path.join(dir, CSP_PAGE),
    [
      '<!doctype html>',
      `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}" /></head></html>`,
      '',
    ].join('\n'),
  );
  return dir;
}

async function scan(): Promise<{ findings: Finding[]; errors: ScanError[]; checksRun: number }> {
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Runner;
  const dir = stage();
  try {
    const result = await run(
      {
        input: dir,
        isRelative: true,
        isSarif: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        electronVersionOverride: electronVersion(),
        parserPlugins: [],
      },
      false,
    );
    return {
      findings: result.issues.map(findingFromIssue),
      errors: result.errors.map((error) => ({
        ...error,
        file: path.relative(dir, error.file).split(path.sep).join('/'),
      })),
      checksRun: result.globalChecks + result.atomicChecks,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function loadJustifications() {
  const parsed = JustificationsFile.safeParse(JSON.parse(readFileSync(JUSTIFICATIONS, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path.relative(ROOT, JUSTIFICATIONS)}: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  return parsed.data.justifications;
}

function print(judgement: Judgement): void {
  const clip = (text: string | null, width: number) => {
    const flat = (text ?? '').replace(/\s+/g, ' ').trim();
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  };
  const mark = { justified: 'ok  ', unjustified: 'FAIL', info: 'info' } as const;
  for (const verdict of judgement.verdicts) {
    const { finding } = verdict;
    console.log(
      `${mark[verdict.status]} ${finding.check} ${finding.severity} ${finding.file}:${finding.line}  ${clip(finding.sample, 70)}`,
    );
    if (verdict.status === 'justified')
      console.log(`       justified: ${clip(verdict.reason, 110)}`);
    if (verdict.status === 'unjustified')
      console.log(
        `       ${finding.description}\n       Fix it, or justify it in ${path.relative(ROOT, JUSTIFICATIONS)}.`,
      );
  }
  for (const error of judgement.unparsed)
    console.log(`FAIL could not scan ${error.file}: ${error.message}`);
  for (const stale of judgement.stale)
    console.log(
      `FAIL stale justification (matches no finding; remove it): ${stale.check} ${stale.file}${stale.sample ? ` "${stale.sample}"` : ''}`,
    );
  const { passed, failed } = judgement.tally;
  console.log(`Electronegativity: ${passed} checks clean or justified, ${failed} failed`);
}

async function main(argv: string[]): Promise<number> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const reportFile = option('--report');
  const csvFile = option('--csv');

  const justifications = loadJustifications();
  const { findings, errors, checksRun } = csvFile
    ? {
        findings: parseElectronegativityCsv(readFileSync(csvFile, 'utf8')),
        errors: [],
        // A CSV carries no list of the checks run: count the checks it names.
        checksRun: 0,
      }
    : await scan();
  const judgement = judge(findings, justifications, {
    checksRun: checksRun || new Set(findings.map((f) => f.check)).size,
    errors,
  });
  print(judgement);

  mkdirSync(path.dirname(CSV_REPORT), { recursive: true });
  writeFileSync(CSV_REPORT, judgementCsv(judgement));
  if (reportFile) writeFileSync(reportFile, JSON.stringify(judgement.tally));
  return judgement.tally.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
