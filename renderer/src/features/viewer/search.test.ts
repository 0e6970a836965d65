import { describe, expect, it } from 'vitest';
import { findHits, splitMatches } from './search';

describe('document search', () => {
  it('counts matches per page, ignoring case, and leaves out pages without any', () => {
    expect(findHits(['赔付金额 CNY 1,200', 'nothing here', 'cny cny'], 'CNY')).toEqual([
      { page: 1, count: 1 },
      { page: 3, count: 2 },
    ]);
    expect(findHits(['anything'], '   ')).toEqual([]);
  });

  it('splits a line into the parts to highlight, keeping every character', () => {
    const parts = splitMatches('免赔额 Deductible, deductible', 'deductible');
    expect(parts).toEqual([
      { text: '免赔额 ', match: false },
      { text: 'Deductible', match: true },
      { text: ', ', match: false },
      { text: 'deductible', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('免赔额 Deductible, deductible');
  });
});
