import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findingFromIssue,
  judge,
  judgementCsv,
  JustificationsFile,
  parseElectronegativityCsv,
  type Finding,
  type Justification,
} from '../../scripts/lib/electronegativity';

const root = path.resolve(import.meta.dirname, '../..');

/** Rows as `npx electronegativity -i electron -e 41.7.1 -r -o x.csv` writes them (its header has spaces). */
const CLI_CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected in the target application",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/effects.ts","38:12","await shell.openExternal(url);","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK',
  'AUXCLICK_JS_CHECK,"MEDIUM","FIRM","main/window.ts","28:17","const window = new BrowserWindow({","Limit navigation flows to untrusted origins. Middle-click may cause Electron to open a link within a new window",https://github.com/doyensec/electronegativity/wiki/AUXCLICK_JS_CHECK',
  'DANGEROUS_FUNCTIONS_JS_CHECK,"LOW","TENTATIVE","main/x.ts","3:1","el.innerHTML = ""<b>"" + a, b;","Review the use of insertAdjacentHTML",https://github.com/doyensec/electronegativity/wiki/DANGEROUS_FUNCTIONS_JS_CHECK',
  '',
].join('\r\n');

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'TENTATIVE',
    file: 'electron/main/external.ts',
    line: 11,
    column: 8,
    sample: 'await shell.openExternal(url);',
    description: 'Review the use of openExternal',
    ...overrides,
  };
}

const because = 'the URL is checked against the https allow-list before it gets here';
const justification = (overrides: Partial<Justification> = {}): Justification => ({
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'electron/main/external.ts',
  reason: because,
  ...overrides,
});

describe('Electronegativity CSV', () => {
  it('reads the rows the CLI writes, quoted fields, doubled quotes and N/A included', () => {
    const findings = parseElectronegativityCsv(CLI_CSV);
    expect(findings.map((f) => [f.check, f.severity, f.file, f.line, f.column])).toEqual([
      ['CSP_GLOBAL_CHECK', 'MEDIUM', 'N/A', 0, 0],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/effects.ts', 38, 12],
      ['AUXCLICK_JS_CHECK', 'MEDIUM', 'main/window.ts', 28, 17],
      ['DANGEROUS_FUNCTIONS_JS_CHECK', 'LOW', 'main/x.ts', 3, 1],
    ]);
    expect(findings[0]?.sample).toBeNull();
    expect(findings[3]?.sample).toBe('el.innerHTML = "<b>" + a, b;');
    expect(findings[2]?.description).toMatch(/^Limit navigation flows/);
  });

  it('refuses a row it cannot read rather than skip it', () => {
    expect(() => parseElectronegativityCsv('CSP_GLOBAL_CHECK,"MEDIUM"\n')).toThrow(/2 fields/);
    expect(() =>
      parseElectronegativityCsv('X_CHECK,"SEVERE","FIRM","a.ts","1:1",N/A,"d",https://x\n'),
    ).toThrow(/severity "SEVERE"/);
  });

  it('writes the judged findings back in the same shape', () => {
    const findings = [
      finding(),
      finding({ check: 'CSP_GLOBAL_CHECK', sample: `a "quoted", \n multi-line sample`, line: 2 }),
    ];
    const csv = judgementCsv(judge(findings, [justification()], { checksRun: 2 }));
    expect(parseElectronegativityCsv(csv)).toEqual(findings);
    expect(csv.split('\n')[0]).toMatch(/,status,reason$/);
  });

  it('normalises the programmatic result', () => {
    expect(
      findingFromIssue({
        id: 'PRELOAD_JS_CHECK',
        severity: { name: 'MEDIUM' },
        confidence: { name: 'FIRM' },
        file: 'electron\\main\\window.ts',
        location: { line: 69, column: 6 },
        description: 'Review the use of preload scripts',
      }),
    ).toMatchObject({ file: 'electron/main/window.ts', sample: null, line: 69 });
  });
});

describe('justifying findings', () => {
  it('passes a HIGH or MEDIUM finding only when a justification matches check and file', () => {
    const ok = judge([finding()], [justification()], { checksRun: 40 });
    expect(ok.verdicts[0]).toMatchObject({ status: 'justified', reason: because });
    expect(ok.tally).toEqual({ passed: 40, failed: 0, skipped: 0 });

    const elsewhere = judge([finding({ file: 'electron/main/window.ts' })], [justification()], {
      checksRun: 40,
    });
    expect(elsewhere.verdicts[0]?.status).toBe('unjustified');
    expect(elsewhere.stale).toHaveLength(1);
    // The check fails (one result fewer passed), plus one failure per problem.
    expect(elsewhere.tally).toEqual({ passed: 39, failed: 2, skipped: 0 });
  });

  it('matches a sample as a substring, whatever the line breaks and indentation', () => {
    const j = justification({ sample: 'await shell.openExternal(url)' });
    const failures = (sample: string) =>
      judge([finding({ sample })], [j], { checksRun: 1 }).tally.failed;
    expect(failures('await shell.openExternal(url);')).toBe(0);
    expect(failures('await\n      shell.openExternal(url);')).toBe(0);
    // A different call is not covered (and the justification goes stale).
    expect(failures('await shell.openExternal(userInput);')).toBe(2);
    expect(failures('await shell.openExternal(url.replace("https", "file"));')).toBe(2);
  });

  it('fails one result per unjustified finding', () => {
    const result = judge(
      [
        finding({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', file: 'N/A' }),
        finding({ line: 1 }),
        finding({ line: 2 }),
      ],
      [],
      { checksRun: 41 },
    );
    expect(result.verdicts.map((v) => v.status)).toEqual([
      'unjustified',
      'unjustified',
      'unjustified',
    ]);
    expect(result.tally).toEqual({ passed: 39, failed: 3, skipped: 0 });
  });

  it('lists LOW and INFORMATIONAL findings without failing, except a weak CSP', () => {
    const result = judge(
      [
        finding({
          check: 'ELECTRON_VERSION_JSON_CHECK',
          severity: 'INFORMATIONAL',
          file: 'package.json',
        }),
        finding({ check: 'DANGEROUS_FUNCTIONS_JS_CHECK', severity: 'LOW' }),
        finding({
          check: 'CSP_GLOBAL_CHECK',
          severity: 'LOW',
          file: 'electron/main/app-protocol.csp.html',
        }),
      ],
      [],
      { checksRun: 41 },
    );
    expect(result.verdicts.map((v) => v.status)).toEqual(['info', 'info', 'unjustified']);
    expect(result.tally.failed).toBe(1);
  });

  it('fails on a file the scanner could not parse, but not on a tolerable warning', () => {
    const result = judge([], [], {
      checksRun: 41,
      errors: [
        { file: 'renderer/src/a.tsx', message: 'Unexpected token (1:11)', tolerable: false },
        { file: 'renderer/src/b.tsx', message: 'recovered', tolerable: true },
      ],
    });
    expect(result.unparsed.map((e) => e.file)).toEqual(['renderer/src/a.tsx']);
    expect(result.tally).toEqual({ passed: 41, failed: 1, skipped: 0 });
  });

  it('fails on a stale justification, so the file never justifies what is gone', () => {
    const result = judge([], [justification()], { checksRun: 41 });
    expect(result.stale).toHaveLength(1);
    expect(result.tally.failed).toBe(1);
  });

  it('demands a reason a reviewer can check', () => {
    expect(
      JustificationsFile.safeParse({ justifications: [justification({ reason: 'fine' })] }).success,
    ).toBe(false);
    expect(
      JustificationsFile.safeParse({ justifications: [justification({ check: 'open external' })] })
        .success,
    ).toBe(false);
  });
});

describe('the checked-in justifications', () => {
  const file = path.join(root, 'electron/electronegativity-justifications.json');
  const { justifications } = JustificationsFile.parse(JSON.parse(readFileSync(file, 'utf8')));

  it('name files that exist (or the generated CSP page) and are not duplicated', () => {
    for (const j of justifications)
      if (j.file !== 'electron/main/app-protocol.csp.html')
        expect(existsSync(path.join(root, j.file)), j.file).toBe(true);
    const keys = justifications.map((j) => `${j.check} ${j.file} ${j.sample ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never justify a finding of a check that marks a real hole: those get fixed', () => {
    const neverJustified = [
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'AUXCLICK_JS_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
      'REMOTE_MODULE_JS_CHECK',
      'CERTIFICATE_VERIFY_PROC_JS_CHECK',
      'CERTIFICATE_ERROR_EVENT_JS_CHECK',
      'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK',
    ];
    for (const j of justifications) expect(neverJustified).not.toContain(j.check);
  });
});
