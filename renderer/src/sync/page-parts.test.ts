import { describe, expect, it } from 'vitest';
import type { PullResponse } from '@shared/sync/protocol';
import { changeAt } from '@shared/sync/testing/change-at';
import { pageParts } from './page-parts';

type ChangesPage = Extract<PullResponse, { kind: 'changes' }>;

function page(seqs: number[], extra: Partial<ChangesPage> = {}): ChangesPage {
  return {
    kind: 'changes',
    cursor: 100,
    hasMore: false,
    latest: 120,
    changes: seqs.map(changeAt),
    scope: { added: [], removed: [] },
    acks: [],
    ...extra,
  };
}

const ack = {
  mutationId: 'm-1',
  status: 'applied' as const,
  reason: null,
  message: null,
  conflictIds: [],
  output: {},
};

describe('a page as the transactions that store it', () => {
  it('splits a large page into parts of at most the size, each ending its own cursor', () => {
    const parts = pageParts(page([3, 5, 8, 13, 21, 34, 55]), 3);
    expect(parts.map((p) => p.changes.map((c) => c.seq))).toEqual([[3, 5, 8], [13, 21, 34], [55]]);
    expect(parts.map((p) => p.cursor)).toEqual([8, 34, 100]);
  });

  it('keeps the page’s own cursor, end and acknowledgements for its last part only', () => {
    const parts = pageParts(page([1, 2, 3, 4], { hasMore: true, acks: [ack] }), 2);
    expect(parts.map((p) => p.acks.length)).toEqual([0, 1]);
    expect(parts.at(-1)).toMatchObject({ cursor: 100, hasMore: true, latest: 120 });
  });

  it('leaves a page no larger than the size as it is', () => {
    const whole = page([1, 2, 3]);
    expect(pageParts(whole, 3)).toEqual([whole]);
    expect(pageParts(page([]), 3)).toEqual([page([])]);
  });

  it('stores a page with scope changes whole: a joined case’s rows come before the page’s own', () => {
    const joined = { caseId: 'case-9', caseNumber: 'CLM-9', assigneeName: '王敏' };
    const withScope = page([40, 2, 3, 90], { scope: { added: [joined], removed: [] } });
    expect(pageParts(withScope, 2)).toEqual([withScope]);
    const leaving = page([1, 2, 3], { scope: { added: [], removed: [joined] } });
    expect(pageParts(leaving, 2)).toEqual([leaving]);
  });

  it('stores a page whole when its changes are not in log order, or run past its cursor', () => {
    const unordered = page([1, 3, 2, 4]);
    expect(pageParts(unordered, 2)).toEqual([unordered]);
    const past = page([98, 99, 100, 101]);
    expect(pageParts(past, 2)).toEqual([past]);
  });
});
