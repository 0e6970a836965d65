import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import { RULES_CATALOGUE } from './rules-catalogue';
import { evaluateStep, replaySteps, StepChain } from './steps';
import { t } from './text';

describe('evaluateStep', () => {
  const inputs = { aFen: 300, bFen: 200, ratioBp: 3_333, num: 1, den: 3 };
  it.each([
    { op: 'start', operands: ['aFen', 'bFen'], previous: 999, expected: 500 },
    { op: 'sum', operands: ['aFen', 'bFen'], previous: 999, expected: 500 },
    { op: 'min', operands: ['aFen', 'bFen'], previous: 999, expected: 200 },
    { op: 'subtract', operands: ['aFen'], previous: 1_000, expected: 700 },
    { op: 'subtract', operands: ['aFen', 'bFen'], previous: 100, expected: 0 },
    { op: 'ratio', operands: ['ratioBp'], previous: 1_000, expected: 333 },
    { op: 'prorate', operands: ['num', 'den'], previous: 1_000, expected: 333 },
    { op: 'cap', operands: ['aFen', 'bFen'], previous: 250, expected: 200 },
    { op: 'cap', operands: ['aFen'], previous: 250, expected: 250 },
    { op: 'check', operands: [], previous: 250, expected: 250 },
    { op: 'exclude', operands: [], previous: 250, expected: 0 },
  ] as const)(
    '$op $operands after $previous = $expected',
    ({ op, operands, previous, expected }) => {
      expect(evaluateStep(op, operands, inputs, previous)).toBe(expected);
    },
  );

  it('refuses an operand that is not a number', () => {
    expect(() => evaluateStep('start', ['label'], { label: 'x' }, 0)).toThrow(/not a number/);
  });
});

describe('StepChain', () => {
  it('quotes the policy clause over the catalogue default', () => {
    const chain = new StepChain(RULES_CATALOGUE, { 'property.loss': 'PA-7 §3' });
    chain.add({
      ruleId: 'property.loss',
      op: 'start',
      operands: ['lossFen'],
      inputs: { lossFen: 5 },
      text: () => t('', ''),
    });
    chain.add({ ruleId: 'property.salvage', op: 'check', inputs: {}, text: () => t('', '') });
    const result = chain.finish('PROPERTY');
    expect(result.steps.map((step) => step.clause)).toEqual(['PA-7 §3', '保险法第五十九条']);
    expect(result).toMatchObject({
      payableFen: 5,
      outcome: 'payable',
      catalogueVersion: RULES_CATALOGUE.version,
    });
  });
});

describe('replaySteps', () => {
  const result = calculate({
    line: 'PROPERTY',
    policy: { sumInsuredFen: 800, deductible: { fixedFen: 10, rateBp: 1_000 } },
    loss: { lossFen: 1_000, salvageFen: 100, insuredValueFen: 1_000, mitigationCostsFen: 5 },
  });

  it('replays a genuine result to its payable amount', () => {
    expect(replaySteps(result.steps)).toEqual({ ok: true, amountFen: result.payableFen });
  });

  it('finds a step whose amount was altered', () => {
    const tampered = result.steps.map((step, index) =>
      index === 2 ? { ...step, amountFen: step.amountFen + 1 } : step,
    );
    expect(replaySteps(tampered)).toMatchObject({ ok: false, index: 2 });
    expect(replaySteps(tampered)).toHaveProperty(
      'problem',
      expect.stringContaining('property.under-insurance'),
    );
  });

  it('finds a step whose inputs were altered', () => {
    const tampered = result.steps.map((step, index) =>
      index === 1 ? { ...step, inputs: { ...step.inputs, salvageFen: 0 } } : step,
    );
    expect(replaySteps(tampered)).toEqual({
      ok: false,
      index: 1,
      problem: 'property.salvage: amount 900 fen, but its inputs give 1000 fen',
    });
  });
  it('reports, rather than throws on, a step that cannot be evaluated', () => {
    const tampered = result.steps.map((step, index) =>
      index === 2 ? { ...step, inputs: { ...step.inputs, insuredValueFen: 0 } } : step,
    );
    expect(replaySteps(tampered)).toMatchObject({ ok: false, index: 2 });
  });
});
