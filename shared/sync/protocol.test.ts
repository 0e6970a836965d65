import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChangeEntry, PullResponse, shortEntry, WireChangeEntry, wholeEntry } from './protocol';
import { EntityName } from './records';

describe('a change as the wire sends it', () => {
  const event = { id: 'event-1', caseId: 'case-1', kind: 'note' };

  it('reads a short upsert back into the whole entry its record describes', () => {
    expect(WireChangeEntry.parse({ seq: 7, entity: 'event', data: event })).toEqual({
      seq: 7,
      entity: 'event',
      id: 'event-1',
      caseId: 'case-1',
      rowVersion: 7,
      deleted: false,
      data: event,
    });
  });

  it("takes a case's own id as its case, and no case from a record without one", () => {
    const aCase = { id: 'case-9', state: 'REPORTED' };
    expect(WireChangeEntry.parse({ seq: 8, entity: 'case', data: aCase })).toMatchObject({
      id: 'case-9',
      caseId: 'case-9',
    });
    const team = { id: 'team-east', name: '华东理赔一部' };
    expect(WireChangeEntry.parse({ seq: 9, entity: 'team', data: team })).toMatchObject({
      id: 'team-east',
      caseId: null,
    });
  });

  it('reads a whole entry as it is', () => {
    const deletion = {
      seq: 10,
      entity: 'event',
      id: 'event-2',
      caseId: 'case-1',
      rowVersion: 10,
      deleted: true,
      data: null,
    };
    expect(WireChangeEntry.parse(deletion)).toEqual(deletion);
  });

  it('refuses a short entry whose record names no id', () => {
    const result = WireChangeEntry.safeParse({ seq: 11, entity: 'event', data: { caseId: 'c' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['id']);
  });
});

describe('the fast reading of a page of short entries', () => {
  const seq = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(2 ** 53), fc.string());
  const entity = fc.oneof(fc.constantFrom(...EntityName.options), fc.string());
  const text = fc.oneof(fc.uuid(), fc.string());
  const record = fc.oneof(
    fc.record(
      { id: fc.oneof(text, fc.nat()), caseId: fc.oneof(text, fc.constant(null), fc.nat()) },
      { requiredKeys: [] },
    ),
    fc.array(fc.nat()),
    fc.constant(null),
    fc.string(),
  );
  const short = fc.record(
    { seq, entity, data: record, deleted: fc.boolean() },
    { requiredKeys: ['data'] },
  );
  const page = (changes: unknown[]) => ({
    kind: 'changes',
    cursor: 1,
    hasMore: false,
    latest: 1,
    changes,
    scope: { added: [], removed: [] },
    acks: [],
  });
  const changesOf = (value: unknown) => {
    const result = PullResponse.safeParse(value);
    return result.success && result.data.kind === 'changes' ? result.data.changes : null;
  };

  it('takes exactly the short entries the schema takes, and reads them as it does', () => {
    fc.assert(
      fc.property(short, (value) => {
        const fast = shortEntry(value);
        const schema = ChangeEntry.safeParse(wholeEntry(value));
        expect(fast !== null).toBe(schema.success);
        if (fast) expect(fast).toEqual(schema.data);
        expect(changesOf(page([value]))).toEqual(schema.success ? [schema.data] : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a page that mixes short and whole entries, in order', () => {
    const data = { id: 'event-3', caseId: 'case-1' };
    const whole = { ...data, seq: 12, entity: 'event', rowVersion: 12, deleted: true, data: null };
    expect(changesOf(page([{ seq: 11, entity: 'event', data }, whole]))).toEqual([
      {
        seq: 11,
        entity: 'event',
        id: 'event-3',
        caseId: 'case-1',
        rowVersion: 11,
        deleted: false,
        data,
      },
      whole,
    ]);
  });

  it('refuses a bad entry in the words of the schema, saying where it is', () => {
    const data = { id: 'event-3', caseId: 'case-1' };
    const result = PullResponse.safeParse(
      page([
        { seq: 11, entity: 'event', data },
        { seq: -1, entity: 'event', data },
      ]),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['changes', 1, 'seq']);
  });
});
