import { z } from 'zod';

/**
 * Electronegativity's results judged against the checked-in justifications
 * (electron/electronegativity-justifications.json). Pure: the scan itself is
 * scripts/electronegativity.ts; tests/lint/electronegativity.test.ts covers this.
 *
 * What fails:
 * - a HIGH or MEDIUM finding no justification covers;
 * - any CSP_GLOBAL_CHECK finding no justification covers (its verdicts on a
 *   weak policy come out as LOW, yet they are the point of the check);
 * - a file the scanner could not parse (it would otherwise go unscanned);
 * - a justification that no longer matches any finding (stale: remove it).
 * LOW and INFORMATIONAL findings are listed but do not fail.
 */

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** Relative to the scanned tree, '/'-separated; 'N/A' for app-wide findings. */
  file: string;
  line: number;
  column: number;
  sample: string | null;
  description: string;
}

export const Justification = z
  .object({
    check: z.string().regex(/^[A-Z0-9_]+$/, 'a check id such as OPEN_EXTERNAL_JS_CHECK'),
    file: z.string().min(1),
    /** When given, the finding's code sample must contain it (whitespace-insensitive). */
    sample: z.string().min(1).optional(),
    reason: z.string().trim().min(40, 'say why, in a sentence a reviewer can check'),
  })
  .strict();
export type Justification = z.infer<typeof Justification>;

export const JustificationsFile = z
  .object({ $comment: z.string().optional(), justifications: z.array(Justification) })
  .strict();

export interface ScanError {
  file: string;
  message: string;
  /** Electronegativity's "tolerable" parse warnings do not stop a file being scanned. */
  tolerable: boolean;
}

export type Verdict =
  | { finding: Finding; status: 'justified'; reason: string }
  | { finding: Finding; status: 'unjustified' }
  | { finding: Finding; status: 'info' };

export interface Judgement {
  verdicts: Verdict[];
  unparsed: ScanError[];
  stale: Justification[];
  /** One result per check run (passed when none of its findings fails) plus one failure per problem. */
  tally: { passed: number; failed: number; skipped: number };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function isGated(finding: Finding): boolean {
  return (
    finding.severity === 'HIGH' ||
    finding.severity === 'MEDIUM' ||
    finding.check === 'CSP_GLOBAL_CHECK'
  );
}

export function matches(justification: Justification, finding: Finding): boolean {
  if (justification.check !== finding.check || justification.file !== finding.file) return false;
  if (justification.sample === undefined) return true;
  return finding.sample !== null && squash(finding.sample).includes(squash(justification.sample));
}

export function judge(
  findings: readonly Finding[],
  justifications: readonly Justification[],
  options: { checksRun: number; errors?: readonly ScanError[] },
): Judgement {
  const used = new Set<Justification>();
  const verdicts = findings.map((finding): Verdict => {
    if (!isGated(finding)) return { finding, status: 'info' };
    const justification = justifications.find((j) => matches(j, finding));
    if (!justification) return { finding, status: 'unjustified' };
    used.add(justification);
    return { finding, status: 'justified', reason: justification.reason };
  });
  const unparsed = (options.errors ?? []).filter((error) => !error.tolerable);
  const stale = justifications.filter((j) => !used.has(j));
  const unjustified = verdicts.filter((v) => v.status === 'unjustified');
  const failingChecks = new Set(unjustified.map((v) => v.finding.check));
  return {
    verdicts,
    unparsed,
    stale,
    tally: {
      passed: Math.max(0, options.checksRun - failingChecks.size),
      failed: unjustified.length + unparsed.length + stale.length,
      skipped: 0,
    },
  };
}

/** Electronegativity's programmatic result, as far as it is read here. */
export interface RunnerIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location?: { line?: number; column?: number };
  sample?: string | null;
  description: string;
}

export function findingFromIssue(issue: RunnerIssue): Finding {
  const severity = issue.severity.name.toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(severity))
    throw new Error(`Unknown Electronegativity severity "${issue.severity.name}" (${issue.id})`);
  return {
    check: issue.id,
    severity: severity as Severity,
    confidence: issue.confidence.name.toUpperCase(),
    file: issue.file.split('\\').join('/'),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample ?? null,
    description: issue.description,
  };
}

/**
 * Electronegativity's CSV (`-o file.csv`): a header line, then
 * issue,severity,confidence,filename,location,sample,description,url with
 * "double-quoted" fields ("" for a quote) and N/A for an empty one.
 */
export function parseElectronegativityCsv(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const record of csvRecords(text)) {
    if (record.length === 0 || record[0] === 'issue' || record.every((cell) => cell === ''))
      continue;
    if (record.length < 8)
      throw new Error(
        `Electronegativity CSV row has ${record.length} fields, not 8: ${record.join(',')}`,
      );
    const [
      check = '',
      severity = '',
      confidence = '',
      file = '',
      location = '',
      sample = '',
      description = '',
    ] = record;
    const [line = '0', column = '0'] = location.split(':');
    findings.push(
      findingFromIssue({
        id: check,
        severity: { name: severity },
        confidence: { name: confidence },
        file,
        location: { line: Number(line), column: Number(column) },
        sample: sample === 'N/A' ? null : sample,
        description,
      }),
    );
  }
  return findings;
}

/** RFC 4180-style records, trimming the spaces Electronegativity puts after header commas. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    record.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (char === ',') endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endCell();
      records.push(record);
      record = [];
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) {
    endCell();
    records.push(record);
  }
  return records;
}

const csvCell = (value: string | null) =>
  value === null ? 'N/A' : `"${value.replace(/"/g, '""')}"`;

/** The judged findings as CSV, Electronegativity's columns plus status and reason. */
export function judgementCsv(judgement: Judgement): string {
  const header = 'issue,severity,confidence,filename,location,sample,description,status,reason';
  const rows = judgement.verdicts.map(({ finding, ...verdict }) =>
    [
      finding.check,
      csvCell(finding.severity),
      csvCell(finding.confidence),
      csvCell(finding.file),
      csvCell(`${finding.line}:${finding.column}`),
      csvCell(finding.sample),
      csvCell(finding.description),
      csvCell(verdict.status),
      csvCell(verdict.status === 'justified' ? verdict.reason : null),
    ].join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}
