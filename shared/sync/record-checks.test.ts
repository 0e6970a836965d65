import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SiteSurvey } from '../domain/site-survey';
import { siteSurveyFixture } from '../domain/testing/site-survey';
import { REJECTED } from './record-check-support';
import { RECORD_CHECKS } from './record-checks.generated';
import { ENTITY_SCHEMAS, type EntityName } from './records';
import { caseRecordFixture } from './testing/case-record';

type AnySchema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;

/** What zod itself makes of a value, as the workstation's pages run it (no eval). */
function zodResult(schema: AnySchema, input: unknown): unknown {
  const result = z.safeParse(schema, input, { jitless: true });
  return result.success ? result.data : REJECTED;
}

const ABSENT = Symbol('absent');

/** Anything at all: what a broken or hostile service could put where a field is. */
const junk = fc.oneof(
  fc.constantFrom(null, undefined, '', 0, -0, NaN, Infinity, true, [], {}),
  fc.string(),
  fc.double(),
  fc.anything(),
);

/**
 * Values shaped by a schema: mostly as it asks, with lengths and numbers at
 * and just past its bounds, and with junk in place of any part at the given
 * rate, so both what it accepts and what it refuses are explored.
 */
function near(schema: AnySchema, junkRate: number): fc.Arbitrary<unknown> {
  const shaped = shapedBy(schema, junkRate);
  if (junkRate === 0) return shaped;
  return fc.oneof(
    { weight: Math.round(1 / junkRate), arbitrary: shaped },
    { weight: 1, arbitrary: junk },
  );
}

/** A survey that passes its refinements, which values made up at random almost never do. */
const GOOD_SURVEY = siteSurveyFixture();

function shapedBy(schema: AnySchema, junkRate: number): fc.Arbitrary<unknown> {
  if (schema === SiteSurvey) return fc.oneof(fc.constant(GOOD_SURVEY), fc.anything());
  const def = schema._zod.def as Def;
  const checks = ((def.checks ?? []) as z.core.$ZodCheck[]).map(
    (c) => c._zod.def as unknown as Record<string, unknown>,
  );
  const find = (name: string) => checks.find((c) => c.check === name);
  const limit = (name: string, key: string) => find(name)?.[key] as number | undefined;
  switch (def.type) {
    case 'string': {
      const pattern = find('string_format')?.pattern;
      if (pattern instanceof RegExp)
        return fc.oneof(fc.stringMatching(pattern), fc.string({ maxLength: 70 }));
      const [min, max] = [limit('min_length', 'minimum') ?? 0, limit('max_length', 'maximum')];
      // Astral characters: zod counts code points, not UTF-16 units.
      return fc.oneof(
        { weight: 9, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: max }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: (max ?? 10) + 2 }) },
      );
    }
    case 'number': {
      const [min, max] = [limit('greater_than', 'value'), limit('less_than', 'value')];
      const valid = find('number_format')
        ? fc.integer({ min: min ?? -1_000_000, max: max ?? 1_000_000 })
        : fc.double({ min: min ?? -1e6, max: max ?? 1e6, noNaN: true });
      const edges = [-0, 0.5, 2 ** 53, -(2 ** 53), NaN, Infinity, -Infinity];
      for (const bound of [min, max])
        if (bound !== undefined) edges.push(bound - 1, bound - 0.5, bound + 0.5, bound + 1);
      return fc.oneof(
        { weight: 9, arbitrary: valid },
        { weight: 1, arbitrary: fc.constantFrom(...edges) },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
    case 'literal':
      return fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...(schema._zod.values ?? new Set([null]))) },
        { weight: 1, arbitrary: fc.string() },
      );
    case 'nullable':
      return fc.oneof(fc.constant(null), near(def.innerType as AnySchema, junkRate));
    case 'optional':
    case 'default':
      return fc.oneof(fc.constant(undefined), near(def.innerType as AnySchema, junkRate));
    case 'array':
      return fc.array(near(def.element as AnySchema, junkRate), {
        maxLength: (limit('max_length', 'maximum') ?? 2) + 1,
      });
    case 'object':
      return objectShapedBy(def.shape as Record<string, AnySchema>, junkRate);
    case 'record':
      return fc.dictionary(fc.string(), near(def.valueType as AnySchema, junkRate), {
        maxKeys: 3,
      });
    case 'union':
      return fc.oneof(...(def.options as AnySchema[]).map((o) => near(o, junkRate)));
    default:
      return fc.anything();
  }
}

function objectShapedBy(shape: Record<string, AnySchema>, junkRate: number) {
  const fields = Object.entries(shape).map(([key, field]) =>
    fc
      .oneof(
        { weight: junkRate === 0 ? 0 : 1, arbitrary: fc.constant(ABSENT) },
        { weight: 20, arbitrary: near(field, junkRate) },
      )
      .map((value) => [key, value] as const),
  );
  const extra = fc.dictionary(fc.string({ maxLength: 4 }), fc.anything(), { maxKeys: 2 });
  return fc.tuple(fc.tuple(...fields), extra).map(([entries, more]) => {
    const object: Record<string, unknown> = { ...more };
    for (const [key, value] of entries) if (value !== ABSENT) object[key] = value;
    return object;
  });
}

describe('the record checks', () => {
  for (const entity of Object.keys(ENTITY_SCHEMAS) as EntityName[]) {
    it(`accept and build exactly what zod does for ${entity} records`, () => {
      const [schema, check] = [ENTITY_SCHEMAS[entity], RECORD_CHECKS[entity]];
      const outcomes = { accepted: 0, rejected: 0 };
      fc.assert(
        fc.property(fc.oneof(near(schema, 0), near(schema, 0.02)), (input) => {
          const expected = zodResult(schema, input);
          expect(check(input)).toStrictEqual(expected);
          outcomes[expected === REJECTED ? 'rejected' : 'accepted']++;
        }),
        { numRuns: 400, seed: 20261205 },
      );
      // Both sides of the check were explored, or the comparison above proved little.
      expect(outcomes.accepted).toBeGreaterThan(8);
      expect(outcomes.rejected).toBeGreaterThan(0);
    });
  }

  it('give each record its own copy of a default', () => {
    const check = RECORD_CHECKS.case;
    const { milestones: _, ...withoutMilestones } = caseRecordFixture();
    const first = check(withoutMilestones);
    const second = check(withoutMilestones);
    if (first === REJECTED || second === REJECTED) throw new Error('a valid case was refused');
    expect(first.milestones).toEqual({});
    expect(first.milestones).not.toBe(second.milestones);
  });

  it('drop keys the schema does not name, and never take a prototype from a record', () => {
    const input = JSON.parse(
      JSON.stringify({ ...caseRecordFixture(), extra: 1 }).replace('{', '{"__proto__":{"x":1},'),
    ) as unknown;
    const checked = RECORD_CHECKS.case(input);
    expect(checked).toStrictEqual(zodResult(ENTITY_SCHEMAS.case, input));
    expect(checked).not.toHaveProperty('extra');
    expect(Object.getPrototypeOf(checked)).toBe(Object.prototype);
  });

  it('never take a prototype from a free-form detail either', () => {
    const event = {
      id: 'e1',
      caseId: 'c1',
      at: 1,
      actorId: null,
      kind: 'note',
      fromState: null,
      toState: null,
      reason: null,
      detail: { text: '已联系' },
    };
    const input = JSON.parse(
      JSON.stringify(event).replace('"detail":{', '"detail":{"__proto__":{"polluted":true},'),
    ) as unknown;
    const checked = RECORD_CHECKS.event(input);
    expect(checked).toStrictEqual(zodResult(ENTITY_SCHEMAS.event, input));
    if (checked === REJECTED) throw new Error('a valid event was refused');
    expect(Object.getPrototypeOf(checked.detail)).toBe(Object.prototype);
    expect(checked.detail).toEqual({ text: '已联系' });
  });

  it('count an identifier in code points, as zod does', () => {
    const team = { name: '华东理赔一部', region: 'east' };
    for (const id of ['😀'.repeat(64), '😀'.repeat(65), 'a'.repeat(65), '', '😀']) {
      const input = { id, ...team };
      expect(RECORD_CHECKS.team(input)).toStrictEqual(zodResult(ENTITY_SCHEMAS.team, input));
    }
    expect(RECORD_CHECKS.team({ id: '😀'.repeat(64), ...team })).not.toBe(REJECTED);
  });
});
