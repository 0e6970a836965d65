import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CalculationResult } from '@shared/calc/result';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/calc');

describe('npm run calc', () => {
  it('prints the amount and the steps for every example input', async () => {
    const files = (await readdir(fixtures)).filter((f) => f.endsWith('.json')).sort();
    expect(files.length).toBeGreaterThanOrEqual(8);
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/calc.ts', ...files.map((f) => path.join(fixtures, f))],
      { cwd: root },
    );
    const printed = JSON.parse(stdout) as { file: string; result: unknown }[];
    expect(printed).toHaveLength(files.length);
    for (const { result } of printed) {
      const parsed = CalculationResult.parse(result);
      expect(parsed.steps.length).toBeGreaterThan(0);
      expect(parsed.steps.at(-1)?.amountFen).toBe(parsed.payableFen);
    }
  }, 60_000);

  it('names the field at fault and exits 1 on invalid input', async () => {
    const medical = JSON.parse(await readFile(path.join(fixtures, 'medical.json'), 'utf8')) as {
      claim: Record<string, unknown>;
    };
    medical.claim['reasonableExpensesFen'] = -100;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'calc-cli-'));
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(medical));
    const failure = await run('npx', ['tsx', 'scripts/calc.ts', file], { cwd: root }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    await rm(dir, { recursive: true, force: true });
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('claim.reasonableExpensesFen');
  }, 60_000);
});
