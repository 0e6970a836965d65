import { readFile } from 'node:fs/promises';
import { calculate, CalculationInput } from '@shared/calc/index';
import type { CalculationResult } from '@shared/calc/result';

/**
 * `npm run calc -- FILE.json [FILE.json …]`: validates each payout-calculation input,
 * runs `calculate` and prints the result as pretty JSON (one file: the result; several:
 * an array of { file, result }). Every file is validated before anything is printed, so
 * a bad file never leaves half an answer on stdout; problems go to stderr, one line per
 * field, and the exit code is 1 (2 for a usage error).
 */

const USAGE = 'usage: tsx scripts/calc.ts FILE.json [FILE.json …]';

type Loaded =
  | { readonly file: string; readonly input: CalculationInput }
  | { readonly file: string; readonly title: string; readonly problems: readonly string[] };

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  return JSON.parse(text) as unknown;
}

async function load(file: string): Promise<Loaded> {
  let json: unknown;
  try {
    json = await readJson(file);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { file, title: 'cannot read this file as JSON', problems: [problem] };
  }
  const parsed = CalculationInput.safeParse(json);
  if (parsed.success) return { file, input: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  return { file, title: 'invalid input', problems };
}

function report(failures: readonly Loaded[]): void {
  for (const failure of failures) {
    if (!('problems' in failure)) continue;
    console.error(`${failure.file}: ${failure.title}`);
    for (const problem of failure.problems) console.error(`  ${problem}`);
  }
}

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    console.error(USAGE);
    return 2;
  }
  const loaded = await Promise.all(files.map(load));
  const failures = loaded.filter((entry) => 'problems' in entry);
  if (failures.length > 0) {
    report(failures);
    return 1;
  }
  const results = loaded.flatMap((entry): { file: string; result: CalculationResult }[] =>
    'input' in entry ? [{ file: entry.file, result: calculate(entry.input) }] : [],
  );
  const output = results.length === 1 ? results[0]?.result : results;
  console.log(JSON.stringify(output, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
