import { evaluateDetectors } from './flags/evaluate';

/**
 * `npm run eval:flags`: every detector over the demo papers the seed
 * generates, scored against the generator's answer key: the single-case
 * ones as the workstation runs them, the cross-claim ones (duplicate
 * invoices and photos, amount outliers, repeat claimants) as the central
 * service runs them. Goals: recall ≥ 0.95, precision ≥ 0.90.
 */
const CASES = Number(process.env['EVAL_CASES'] ?? 300);
const SEED = Number(process.env['EVAL_SEED'] ?? 2026);

const began = performance.now();
const result = await evaluateDetectors({ cases: CASES, seed: SEED, share: 0.3 });
console.table(result.kinds);
console.log(
  `${result.documents} files of ${result.cases} cases (seed ${SEED}) in ${((performance.now() - began) / 1000).toFixed(1)} s; ` +
    `recall ${result.recall.toFixed(3)} (goal ≥ 0.95), precision ${result.precision.toFixed(3)} (goal ≥ 0.90)`,
);
console.log(
  JSON.stringify({
    bench: 'flags',
    metrics: {
      precision: Number(result.precision.toFixed(4)),
      recall: Number(result.recall.toFixed(4)),
    },
  }),
);
