import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as Calc from '@shared/calc';
import * as tsxCalc from '@shared/calc';
import type { CalculationInput } from '@shared/calc';
import { addDays } from '@shared/calc/dates';
import { LIABILITY_LEVELS } from '@shared/calc/rules-catalogue';
import { renderDecisionNotice } from '../../server/src/notices';
import { sampleMedicalNotice } from '../../server/src/notices/sample-notices';

/**
 * `npm run bench:calc`: payout calculations per second over a realistic mix
 * of all seven lines, and the time to render a decision notice PDF.
 * Baselines measured in the same run over the same inputs: the input
 * validation alone (`CalculationInput.parse`, which `calculate` runs first)
 * and a plain JSON round-trip, the least any handling of a claim costs.
 *
 * The calculator is timed as the shipped server and renderer run it: built
 * by vite. tsx, which runs this script, compiles with esbuild's `keepNames`,
 * wrapping every closure in a `__name()` call that redefines its `name`;
 * the calculators create a closure per step, and that alone makes them many
 * times slower. The figure under tsx is printed as well.
 */

const DURATION_MS = Number(process.env['BENCH_CALC_DURATION_S'] ?? 2) * 1000;
const WARM_UP_MS = Math.min(1000, DURATION_MS);
const INPUTS = Number(process.env['BENCH_CALC_INPUTS'] ?? 2000);
const RENDERS = Number(process.env['BENCH_CALC_RENDERS'] ?? 20);
const GOAL_CALCS_PER_S = 10_000;

// ---- a realistic mix of inputs ------------------------------------------------

/** mulberry32: the same inputs on every run, so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const next = random(20260305);
const chance = (p: number) => next() < p;
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
/** Fen between two amounts in yuan, to the fen. */
const yuan = (min: number, max: number) => Math.round((min + next() * (max - min)) * 100);
const someDate = (from: string, days: number) => addDays(from, Math.floor(next() * days));

function autoInput(): CalculationInput {
  const injured = chance(0.35);
  return {
    line: 'AUTO',
    policy: {
      thirdParty: { sumInsuredFen: pick([1_000_000, 2_000_000, 3_000_000]) * 100 },
      ...(chance(0.8) && {
        ownDamage: {
          sumInsuredFen: yuan(60_000, 400_000),
          ...(chance(0.3) && { deductibleFen: pick([30_000, 50_000, 100_000]) }),
        },
      }),
    },
    liability: pick(LIABILITY_LEVELS),
    thirdPartyLoss: {
      deathDisabilityFen: chance(0.04) ? yuan(100_000, 1_500_000) : 0,
      medicalFen: injured ? yuan(500, 80_000) : 0,
      propertyFen: yuan(0, 30_000),
    },
    ...(chance(0.7) && {
      ownDamage: {
        lossFen: yuan(800, 90_000),
        ...(chance(0.2) && { recoveredFen: yuan(0, 2_000) }),
      },
    }),
  };
}

function medicalInput(): CalculationInput {
  const expensesFen = chance(0.7) ? yuan(1_500, 30_000) : yuan(30_000, 400_000);
  const socialInsuranceUsed = chance(0.8);
  return {
    line: 'MEDICAL',
    policy: { annualLimitFen: pick([2_000_000, 3_000_000, 6_000_000]) * 100 },
    yearToDate: {
      deductibleConsumedFen: chance(0.6) ? 0 : yuan(0, 10_000),
      limitUsedFen: chance(0.8) ? 0 : yuan(0, 200_000),
    },
    claim: {
      reasonableExpensesFen: expensesFen,
      socialInsurancePaidFen: socialInsuranceUsed ? Math.round(expensesFen * next() * 0.6) : 0,
      excludedFen: Math.round(expensesFen * next() * 0.05),
      socialInsuranceUsed,
    },
  };
}

function ciInput(): CalculationInput {
  const effectiveDate = someDate('2022-01-01', 1200);
  return {
    line: 'CI',
    policy: {
      sumInsuredFen: pick([100_000, 300_000, 500_000]) * 100,
      effectiveDate,
      waitingPeriodDays: pick([90, 180]),
      premiumsPaidFen: yuan(2_000, 30_000),
    },
    diagnosis: {
      date: someDate(effectiveDate, 1000),
      severity: pick(['severe', 'severe', 'moderate', 'mild'] as const),
    },
  };
}

function lifeInput(): CalculationInput {
  const issueDate = someDate('2015-01-01', 3000);
  return {
    line: 'LIFE',
    policy: {
      sumInsuredFen: pick([200_000, 500_000, 1_000_000]) * 100,
      issueDate,
      cashValueFen: yuan(1_000, 80_000),
    },
    death: {
      date: someDate(issueDate, 3000),
      cause: pick(['illness', 'illness', 'accident', 'other', 'suicide'] as const),
    },
  };
}

function accidentInput(): CalculationInput {
  const death = chance(0.05);
  return {
    line: 'ACCIDENT',
    policy: {
      sumInsuredFen: pick([100_000, 500_000, 1_000_000]) * 100,
      medical: { limitFen: yuan(10_000, 50_000), deductibleFen: 10_000, ratioBp: 9_000 },
    },
    claim: {
      death,
      disabilityGrades: death || chance(0.8) ? [] : [pick([7, 8, 9, 10]), pick([9, 10])],
      medicalExpensesFen: yuan(200, 40_000),
      ...(chance(0.5) && { reimbursedElsewhereFen: yuan(0, 5_000) }),
    },
  };
}

function propertyInput(): CalculationInput {
  const insuredValueFen = yuan(1_000_000, 20_000_000);
  const lossFen = Math.round(insuredValueFen * next() * 0.4);
  return {
    line: 'PROPERTY',
    policy: {
      sumInsuredFen: Math.round(insuredValueFen * (chance(0.7) ? 1 : 0.6 + next() * 0.4)),
      deductible: { fixedFen: pick([2_000, 5_000, 10_000]) * 100, rateBp: pick([500, 1_000]) },
    },
    loss: {
      lossFen,
      salvageFen: Math.round(lossFen * next() * 0.1),
      insuredValueFen,
      mitigationCostsFen: chance(0.5) ? yuan(0, 50_000) : 0,
    },
  };
}

function liabilityInput(): CalculationInput {
  return {
    line: 'LIABILITY',
    policy: {
      perOccurrenceLimitFen: pick([1_000_000, 5_000_000]) * 100,
      perPersonLimitFen: 300_000 * 100,
      deductibleFen: pick([1_000, 2_000, 5_000]) * 100,
    },
    claimants: Array.from({ length: 1 + Math.floor(next() * 4) }, (_, index) => ({
      label: `伤者${index + 1}`,
      kind: chance(0.8) ? ('injury' as const) : ('property' as const),
      liabilityFen: yuan(2_000, 500_000),
      basis: pick(['judgment', 'mediation', 'agreement'] as const),
    })),
  };
}

/** Roughly a P&C and health book: motor and medical dominate, life claims are rare. */
const MIX: readonly (readonly [share: number, make: () => CalculationInput])[] = [
  [0.4, autoInput],
  [0.3, medicalInput],
  [0.1, accidentInput],
  [0.06, ciInput],
  [0.06, propertyInput],
  [0.05, liabilityInput],
  [0.03, lifeInput],
];

function makeInput(): CalculationInput {
  let roll = next();
  for (const [share, make] of MIX) {
    if ((roll -= share) < 0) return make();
  }
  return autoInput();
}

// ---- measuring ---------------------------------------------------------------

/** Runs `work` over the inputs, round after round, for `ms`; returns operations per second. */
function rate(
  inputs: readonly CalculationInput[],
  ms: number,
  work: (input: CalculationInput) => number,
) {
  let operations = 0;
  // Folded into the result so the work cannot be optimised away.
  let checksum = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let index = 0; index < 250; index++) {
      checksum += work(inputs[(operations + index) % inputs.length] as CalculationInput);
    }
    operations += 250;
    elapsed = performance.now() - started;
  }
  return { perSecond: Math.round((operations * 1000) / elapsed), checksum };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** shared/calc built the way the production builds bundle it (vite, target node20). */
async function builtCalculator(): Promise<{ calc: typeof Calc; dispose: () => Promise<void> }> {
  // Inside the repository, so the built module resolves zod from node_modules like the app does.
  await mkdir(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  const outDir = await mkdtemp(path.join(ROOT, 'node_modules/.cache/bench-calc-'));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    build: {
      ssr: path.join(ROOT, 'shared/calc/index.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'calc.mjs' } },
    },
  });
  const calc = (await import(pathToFileURL(path.join(outDir, 'calc.mjs')).href)) as typeof Calc;
  return { calc, dispose: () => rm(outDir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const { calc: built, dispose } = await builtCalculator();
  try {
    await measure(built);
  } finally {
    await dispose();
  }
}

async function measure(built: typeof Calc): Promise<void> {
  const { calculate, calculateParsed, CalculationInput } = built;
  const inputs = Array.from({ length: INPUTS }, makeInput);
  const lines = new Map<string, number>();
  const outcomes = new Map<string, number>();
  for (const input of inputs) {
    // Also proves every generated input valid before anything is timed.
    const result = calculate(input);
    // The two loadings of the same source must agree before either is timed.
    if (tsxCalc.calculate(input).payableFen !== result.payableFen)
      throw new Error(`built and tsx calculators disagree on a ${input.line} input`);
    lines.set(input.line, (lines.get(input.line) ?? 0) + 1);
    outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
  }
  console.log(`${INPUTS} inputs: ${[...lines].map(([line, n]) => `${line} ${n}`).join(', ')}`);
  console.log(`outcomes: ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);

  const calc = (input: CalculationInput) => calculate(input).payableFen;
  const calcTsx = (input: CalculationInput) => tsxCalc.calculate(input).payableFen;
  const calcParsed = (input: CalculationInput) => calculateParsed(input).payableFen;
  const parse = (input: CalculationInput) => CalculationInput.parse(input).line.length;
  const json = (input: CalculationInput) =>
    (JSON.parse(JSON.stringify(input)) as CalculationInput).line.length;

  // Warm-up: let the JIT settle on every path before timing any of them.
  for (const work of [calc, calcParsed, parse, json, calcTsx]) rate(inputs, WARM_UP_MS / 2, work);

  const calcs = rate(inputs, DURATION_MS, calc);
  const unvalidated = rate(inputs, DURATION_MS, calcParsed);
  const parses = rate(inputs, DURATION_MS, parse);
  const roundTrips = rate(inputs, DURATION_MS, json);
  const underTsx = rate(inputs, DURATION_MS, calcTsx);

  // The first render reads the 8 MB font and compiles harfbuzz: timed on its own.
  const notice = sampleMedicalNotice();
  let began = performance.now();
  const first = await renderDecisionNotice(notice, 'zh-CN');
  const firstRenderMs = performance.now() - began;
  const renders: number[] = [];
  let bytes = first.byteLength;
  for (let index = 0; index < RENDERS; index++) {
    began = performance.now();
    bytes = (await renderDecisionNotice(notice, 'zh-CN')).byteLength;
    renders.push(performance.now() - began);
  }

  const metrics = {
    calcs_per_s: calcs.perSecond,
    notice_pdf_ms: round1(median(renders)),
    calcs_unvalidated_per_s: unvalidated.perSecond,
    parse_only_per_s: parses.perSecond,
    json_roundtrip_per_s: roundTrips.perSecond,
    calcs_per_s_under_tsx: underTsx.perSecond,
    ratio_vs_parse: Number((calcs.perSecond / parses.perSecond).toFixed(3)),
    ratio_vs_json: Number((calcs.perSecond / roundTrips.perSecond).toFixed(3)),
    notice_pdf_first_ms: round1(firstRenderMs),
    notice_pdf_max_ms: round1(Math.max(...renders)),
    notice_pdf_kb: round1(bytes / 1024),
  };

  const rows: [string, string][] = [
    ['calculate (validate + calculate), built', `${metrics.calcs_per_s.toLocaleString('en')} /s`],
    [
      'calculateParsed (no validation), built',
      `${metrics.calcs_unvalidated_per_s.toLocaleString('en')} /s`,
    ],
    [
      'calculate, loaded by tsx (keepNames)',
      `${metrics.calcs_per_s_under_tsx.toLocaleString('en')} /s`,
    ],
    ['baseline: CalculationInput.parse', `${metrics.parse_only_per_s.toLocaleString('en')} /s`],
    ['baseline: JSON round-trip', `${metrics.json_roundtrip_per_s.toLocaleString('en')} /s`],
    ['calculate ÷ parse alone', String(metrics.ratio_vs_parse)],
    ['calculate ÷ JSON round-trip', String(metrics.ratio_vs_json)],
    ['notice PDF, first render', `${metrics.notice_pdf_first_ms} ms`],
    [`notice PDF, median of ${RENDERS}`, `${metrics.notice_pdf_ms} ms`],
    [`notice PDF, slowest of ${RENDERS}`, `${metrics.notice_pdf_max_ms} ms`],
    ['notice PDF size', `${metrics.notice_pdf_kb} KB`],
  ];
  console.log('');
  for (const [name, value] of rows) console.log(`${name.padEnd(44)}${value.padStart(14)}`);
  console.log(
    `\n${DURATION_MS / 1000} s per phase after warm-up, cycling over the same ${INPUTS} inputs; ` +
      `checksums ${calcs.checksum % 1000}/${unvalidated.checksum % 1000}.`,
  );
  console.log(
    `Goal: ≥ ${GOAL_CALCS_PER_S.toLocaleString('en')} calculations/s: ` +
      `${metrics.calcs_per_s >= GOAL_CALCS_PER_S ? 'met' : 'NOT met'}.\n`,
  );
  console.log(JSON.stringify({ bench: 'calc', metrics }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
