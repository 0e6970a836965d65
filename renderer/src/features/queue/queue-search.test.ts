import { describe, expect, it } from 'vitest';
import type { QueueRow } from './queue-row';
import { searchMatcher } from './queue-search';
import { ZH_LABELS } from './queue-search.fixture';

const labels = ZH_LABELS;

const row = (overrides: Partial<QueueRow> & { customerName?: string }): QueueRow => {
  const base = {
    caseNumber: 'CLM-2026-000123',
    customerName: '王*',
    lossLocation: '上海市浦东新区张江路 100 号',
    assigneeName: '李娜',
    advisorName: null,
    line: 'AUTO',
    state: 'INVESTIGATION',
    greenChannel: false,
    disaster: false,
    ...overrides,
  } as QueueRow;
  return base;
};
const finds = (query: string, r: QueueRow) => searchMatcher(query, labels)?.(r) ?? true;

describe('queue search', () => {
  it('finds a case by number, customer, place or person, whatever the case of the letters', () => {
    const r = row({});
    expect(finds('clm-2026-000123', r)).toBe(true);
    expect(finds('王', r)).toBe(true);
    expect(finds('张江', r)).toBe(true);
    expect(finds('李娜', r)).toBe(true);
    expect(finds('CLM-2026-000124', r)).toBe(false);
  });

  it('finds by the labels the reader sees: line, state and markers', () => {
    expect(finds('车险', row({}))).toBe(true);
    expect(finds('医疗', row({}))).toBe(false);
    expect(finds('调查', row({}))).toBe(true);
    expect(finds('绿色', row({}))).toBe(false);
    expect(finds('绿色', row({ greenChannel: true }))).toBe(true);
    expect(finds('巨灾', row({ disaster: true }))).toBe(true);
  });

  it('needs every word typed, each anywhere', () => {
    expect(finds('车险 张江', row({}))).toBe(true);
    expect(finds('车险 北京', row({}))).toBe(false);
  });

  it('does not match amounts: digits typed are numbers on papers, not fen', () => {
    expect(finds('8955455', row({ claimedFen: 8_955_455 }))).toBe(false);
  });

  it('has nothing to do for an empty or blank query', () => {
    expect(searchMatcher('  ', labels)).toBeNull();
  });
});
