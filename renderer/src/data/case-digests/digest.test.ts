import { describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { digestOf, fromTuple, toTuple, type DigestTuple } from './digest';

describe('digest tuples', () => {
  const record = caseRecordFixture({ id: 'c-1' });
  const digest = digestOf({
    ...record,
    rowVersion: 3,
    milestones: {
      reportChannel: 'app',
      acceptedAt: record.reportedAt + 3_600_000,
      decision: { at: record.reportedAt + 86_400_000, kind: 'approve' },
    },
  });

  it('reads back the digest it was made from', () => {
    expect(fromTuple(JSON.parse(JSON.stringify(toTuple(digest))) as DigestTuple)).toEqual(digest);
  });

  it('still reads a tuple written before milestones were stored short', () => {
    const before = [...toTuple(digest).slice(0, 18), digest.milestones] as unknown as DigestTuple;
    expect(fromTuple(before)).toEqual(digest);
  });
});
