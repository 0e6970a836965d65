import { describe, expect, it } from 'vitest';
import { WireChangeEntry } from './protocol';

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
