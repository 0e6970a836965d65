import { describe, expect, it } from 'vitest';
import type { ConflictRecord } from '@shared/sync/records';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { combinedText, mergedUpdate, mergeFields } from './conflict-merge';

const CASE_ID = '0193a6f0-0000-7000-8000-000000000001';

const current = caseRecordFixture({ id: CASE_ID });

const conflict = (over: Partial<ConflictRecord>): ConflictRecord => ({
  id: '0193a6f0-0000-7000-8000-000000000003',
  caseId: CASE_ID,
  mutationId: '0193a6f0-0000-7000-8000-000000000004',
  mutationName: 'case.update',
  authorId: '0193a6f0-0000-7000-8000-000000000005',
  entity: 'case',
  entityId: CASE_ID,
  field: 'description',
  mine: '追尾，后保险杠和尾灯受损',
  theirs: '追尾，后保险杠受损',
  reason: 'field-changed',
  resolution: 'open',
  createdAt: Date.UTC(2026, 10, 2),
  ...over,
});

describe('mergeFields', () => {
  it('offers the one field of a same-field conflict, against the current server value', () => {
    expect(mergeFields(conflict({}), current)).toEqual([
      {
        field: 'description',
        mine: '追尾，后保险杠和尾灯受损',
        theirs: '追尾，后保险杠受损',
        text: true,
      },
    ]);
  });

  it('offers every still-different field of an edit held back by a reassignment', () => {
    const held = conflict({
      field: null,
      reason: 'case-reassigned',
      mine: {
        caseId: CASE_ID,
        fields: { description: current.description, claimedFen: 1_400_000, complex: true },
      },
    });
    expect(mergeFields(held, current).map((f) => [f.field, f.mine, f.theirs, f.text])).toEqual([
      ['claimedFen', 1_400_000, 1_250_000, false],
      ['complex', true, false, false],
    ]);
  });

  it('offers nothing for conflicts that are not about plain case fields', () => {
    expect(mergeFields(conflict({ field: 'state', mine: 'closed' }), current)).toEqual([]);
    expect(mergeFields(conflict({ entity: 'flag' }), current)).toEqual([]);
    expect(mergeFields(conflict({ field: null, mine: { nonsense: 1 } }), current)).toEqual([]);
    expect(mergeFields(conflict({}), undefined)).toEqual([]);
  });
});

describe('combinedText', () => {
  it('keeps the longer text when one contains the other, else puts theirs first', () => {
    expect(combinedText('追尾', '追尾，尾灯受损')).toBe('追尾，尾灯受损');
    expect(combinedText('追尾，尾灯受损', '尾灯')).toBe('追尾，尾灯受损');
    expect(combinedText('客户已报警', '现场有监控')).toBe('客户已报警\n现场有监控');
  });
});

describe('mergedUpdate', () => {
  it('queues only the values that differ from the server', () => {
    expect(
      mergedUpdate(CASE_ID, { description: current.description, claimedFen: 1_400_000 }, current),
    ).toEqual({ caseId: CASE_ID, fields: { claimedFen: 1_400_000 } });
  });

  it('is null when the merge keeps the server values', () => {
    expect(mergedUpdate(CASE_ID, { complex: false }, current)).toBeNull();
  });

  it('refuses a merged value the service would reject', () => {
    expect(() => mergedUpdate(CASE_ID, { lossLocation: '   ' }, current)).toThrow(RangeError);
    expect(() => mergedUpdate(CASE_ID, { claimedFen: -5 }, current)).toThrow(RangeError);
  });
});
