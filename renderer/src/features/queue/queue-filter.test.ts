import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, QueueFilter, rowPredicate, toggled, withChip } from './queue-filter';
import type { QueueRow } from './queue-row';
import { ZH_LABELS } from './queue-search.fixture';

const row = (overrides: Partial<QueueRow>): QueueRow =>
  ({
    id: 'c',
    assigneeId: 'me',
    teamId: 'team-east',
    line: 'AUTO',
    state: 'ACCEPTED',
    open: true,
    slaState: 'ok',
    ...overrides,
  }) as QueueRow;
const viewer = { userId: 'me', teamId: 'team-east' };
const labels = ZH_LABELS;

describe('queue filter', () => {
  it('shows my, my team’s or unassigned cases by view', () => {
    const rows = [
      row({ id: 'mine' }),
      row({ id: 'colleague', assigneeId: 'other' }),
      row({ id: 'nobody', assigneeId: null }),
      row({ id: 'elsewhere', assigneeId: 'x', teamId: 'team-north' }),
    ];
    const ids = (view: QueueFilter['view']) =>
      rows.filter(rowPredicate({ ...DEFAULT_FILTER, view }, viewer, labels)).map((r) => r.id);
    expect(ids('mine')).toEqual(['mine']);
    expect(ids('team')).toEqual(['mine', 'colleague', 'nobody']);
    expect(ids('unassigned')).toEqual(['nobody']);
  });

  it('narrows by line, state and SLA state, and leaves finished cases out unless asked', () => {
    const rows = [
      row({ id: 'a', line: 'AUTO', slaState: 'breached' }),
      row({ id: 'm', line: 'MEDICAL', slaState: 'at-risk' }),
      row({ id: 'closed', line: 'AUTO', state: 'CLOSED', open: false, slaState: 'none' }),
    ];
    const ids = (f: Partial<QueueFilter>) =>
      rows.filter(rowPredicate({ ...DEFAULT_FILTER, ...f }, viewer, labels)).map((r) => r.id);
    expect(ids({})).toEqual(['a', 'm']);
    expect(ids({ lines: ['AUTO'] })).toEqual(['a']);
    expect(ids({ sla: ['at-risk', 'breached'] })).toEqual(['a', 'm']);
    expect(ids({ sla: ['at-risk'] })).toEqual(['m']);
    expect(ids({ states: ['CLOSED'] })).toEqual(['closed']);
    expect(ids({ includeClosed: true, lines: ['AUTO'] })).toEqual(['a', 'closed']);
  });

  it('toggles a chip', () => {
    expect(toggled(['AUTO'], 'MEDICAL')).toEqual(['AUTO', 'MEDICAL']);
    expect(toggled(['AUTO', 'MEDICAL'], 'AUTO')).toEqual(['MEDICAL']);
  });

  it('re-checks a saved filter on read', () => {
    expect(QueueFilter.safeParse({ ...DEFAULT_FILTER, lines: ['BOATS'] }).success).toBe(false);
  });
});

describe('chips', () => {
  it('turn one value of their own filter on, then off, leaving the rest', () => {
    const on = withChip(
      { ...DEFAULT_FILTER, quickFilter: 'x', lines: ['AUTO'] },
      {
        kind: 'sla',
        value: 'breached',
      },
    );
    expect(on).toEqual({ ...DEFAULT_FILTER, quickFilter: 'x', lines: ['AUTO'], sla: ['breached'] });
    expect(withChip(on, { kind: 'lines', value: 'AUTO' }).lines).toEqual([]);
    expect(withChip(on, { kind: 'states', value: 'CLOSED' }).states).toEqual(['CLOSED']);
  });
});
