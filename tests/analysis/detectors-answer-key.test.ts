import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDetectors, type Evaluation } from '../bench/flags/evaluate';

/**
 * The single-case detectors against the demo generator's answer key: every
 * planted anomaly should be found on its file, and clean files should raise
 * next to nothing. `npm run eval:flags` prints the same figures for a
 * larger sample.
 */
let result: Evaluation;

beforeAll(async () => {
  result = await evaluateDetectors({ cases: 200, seed: 7, share: 0.35 });
}, 600_000);

describe('single-case detectors on the demo papers', () => {
  it('find what was planted, where it was planted, and little else', () => {
    console.table(result.kinds);
    expect(result.kinds.reduce((s, k) => s + k.planted, 0)).toBeGreaterThan(40);
    for (const kind of result.kinds)
      if (kind.planted > 0) expect(kind.found, kind.kind).toBeGreaterThan(0);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });
});
