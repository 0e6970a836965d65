import { describe, expect, it } from 'vitest';
import type { QueueRow } from './queue-row';
import { searchTextOf } from './queue-search';
import { SearchIndex } from './search-index';

/** A row found by `text` alone (already lower-case). */
const row = (text: string): QueueRow =>
  ({
    id: text,
    caseNumber: text,
    customerName: '',
    lossLocation: '',
    assigneeName: null,
    advisorName: null,
  }) as QueueRow;

describe('search index', () => {
  const rows = [
    row('clm-2026-000123\n王*\n上海市浦东新区张江路 100 号'),
    row('clm-2026-000124\n李*\n北京市海淀区'),
    row('clm-2026-001230\n张*\n上海市张江 张江'),
    row(''),
    row('clm-2026-000999\n赵*\n广州市'),
  ];
  const index = new SearchIndex(rows);
  const ids = (found: Set<QueueRow>) => [...found].map((r) => r.id.slice(0, 15));

  it('finds every row holding the word, each once however often it holds it', () => {
    expect(ids(index.rowsContaining('张江'))).toEqual(['clm-2026-000123', 'clm-2026-001230']);
    expect(ids(index.rowsContaining('123'))).toEqual(['clm-2026-000123', 'clm-2026-001230']);
    expect(ids(index.rowsContaining('广州'))).toEqual(['clm-2026-000999']);
    expect(index.rowsContaining('深圳').size).toBe(0);
  });

  it('never matches across the end of one row and the start of the next', () => {
    // "号clm" would only exist where the first row's text meets the second's.
    expect(index.rowsContaining('号clm').size).toBe(0);
    expect(index.rowsContaining('区clm').size).toBe(0);
  });

  it('agrees with a plain search of each row', () => {
    for (const word of ['clm', '2026-0001', '上海', '*', '0', 'z', '海淀区']) {
      const plain = rows.filter((r) => searchTextOf(r).includes(word));
      expect([...index.rowsContaining(word)]).toEqual(plain);
    }
  });

  it('is made a slice at a time, and finds the same rows once ready', () => {
    const many = Array.from({ length: 1_200 }, (_, i) =>
      row(`clm-2026-${String(i).padStart(6, '0')}`),
    );
    const sliced = new SearchIndex(many);
    // Time for one look at the clock per call: one slice of rows, never the join.
    const oneSlice = () => {
      let looks = 0;
      return () => (looks++ === 0 ? 5 : 0);
    };
    expect(sliced.prepare(oneSlice())).toBe(false);
    expect(sliced.prepare(oneSlice())).toBe(false);
    expect(sliced.prepare(oneSlice())).toBe(false);
    expect(sliced.prepare(() => 5)).toBe(true);
    expect([...sliced.rowsContaining('-0011')].map((r) => r.id)).toEqual(
      many.slice(1_100, 1_200).map((r) => r.id),
    );
  });

  it('finds the right row after a text that grows when lower-cased', () => {
    // "İ" lower-cases to two characters: joined and lower-cased at once, every later row would shift.
    const grown = [row('İİİİİİİİ'), row('clm-1'), row('clm-2')];
    const index = new SearchIndex(grown);
    expect([...index.rowsContaining('clm-1')].map((r) => r.id)).toEqual(['clm-1']);
    expect([...index.rowsContaining('i̇i̇')].map((r) => r.id)).toEqual(['İİİİİİİİ']);
  });
});
