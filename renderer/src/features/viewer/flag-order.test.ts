import { describe, expect, it } from 'vitest';
import type { FlagRecord } from '@shared/sync/records';
import { sortFlags, stepFlag } from './flag-order';

const flag = (id: string, over: Partial<FlagRecord>): FlagRecord => ({
  id,
  caseId: 'case-1',
  documentId: 'doc-1',
  detector: 'test',
  detectorVersion: '1',
  kind: 'invoice-before-loss',
  severity: 'medium',
  page: 1,
  region: { x: 10, y: 100, width: 50, height: 12 },
  evidence: {},
  explanation: { 'zh-CN': '说明', en: 'why' },
  source: 'workstation',
  verdict: 'open',
  verdictReason: null,
  verdictBy: null,
  verdictAt: null,
  createdAt: 1,
  ...over,
});

describe('flag order', () => {
  const flags = [
    flag('low-p1', { severity: 'low' }),
    flag('high-p2', { severity: 'high', page: 2 }),
    flag('high-p1-lower', { severity: 'high', region: { x: 0, y: 500, width: 1, height: 1 } }),
    flag('high-p1-upper', { severity: 'high', region: { x: 0, y: 50, width: 1, height: 1 } }),
    flag('dismissed-high', { severity: 'high', verdict: 'dismissed' }),
  ];

  it('puts open flags first, most severe first, then in reading order', () => {
    expect(sortFlags(flags).map((f) => f.id)).toEqual([
      'high-p1-upper',
      'high-p1-lower',
      'high-p2',
      'low-p1',
      'dismissed-high',
    ]);
  });

  it('steps to the next and previous flag, wrapping at either end', () => {
    const ordered = sortFlags(flags);
    expect(stepFlag(ordered, null, 1)?.id).toBe('high-p1-upper');
    expect(stepFlag(ordered, 'high-p1-upper', -1)?.id).toBe('dismissed-high');
    expect(stepFlag(ordered, 'dismissed-high', 1)?.id).toBe('high-p1-upper');
    expect(stepFlag([], null, 1)).toBeNull();
  });
});
