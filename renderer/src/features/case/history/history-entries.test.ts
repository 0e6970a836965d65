import { describe, expect, it } from 'vitest';
import { filterHistory, kindsIn } from './history-entries';

const events = [
  { id: 'a', kind: 'reported' as const, at: 1 },
  { id: 'b', kind: 'contact' as const, at: 3 },
  { id: 'c', kind: 'transition' as const, at: 2 },
  { id: 'd', kind: 'contact' as const, at: 4 },
];

describe('case history', () => {
  it('shows everything newest first when no kind is chosen', () => {
    expect(filterHistory(events, new Set()).map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('keeps only the chosen kinds', () => {
    expect(filterHistory(events, new Set(['contact'])).map((e) => e.id)).toEqual(['d', 'b']);
  });

  it('lists the kinds present in the order they first happened', () => {
    expect(kindsIn(events)).toEqual(['reported', 'transition', 'contact']);
  });
});
