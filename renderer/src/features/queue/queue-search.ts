import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import type { QueueRow } from './queue-row';
import type { SearchIndex } from './search-index';

/** The words a case can be found by that depend on the reader's language. */
export interface SearchLabels {
  readonly line: Readonly<Record<Line, string>>;
  readonly state: Readonly<Record<CaseState, string>>;
  readonly greenChannel: string;
  readonly disaster: string;
}

type SearchFields = Pick<
  QueueRow,
  'caseNumber' | 'customerName' | 'lossLocation' | 'assigneeName' | 'advisorName'
>;

/** A row's searchable fields on lines of their own, as written (not lower-cased). */
export function searchFieldsOf(row: SearchFields): string {
  return [row.caseNumber, row.customerName, row.lossLocation, row.assigneeName, row.advisorName]
    .filter(Boolean)
    .join('\n');
}

/** The text a case is found by whatever the language, for a search without an index. */
export function searchTextOf(row: SearchFields): string {
  return searchFieldsOf(row).toLowerCase();
}

/**
 * The queue's search: every word typed must appear in the case's text or
 * in one of its labels (line, state, markers) in the reader's language.
 * Labels are matched once per query; given an index of the rows, each word
 * is looked up once in it, and each row then costs a few set lookups.
 */
export function searchMatcher(
  query: string,
  labels: SearchLabels,
  index?: SearchIndex,
): ((row: QueueRow) => boolean) | null {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const matchers = words.map((word) => {
    const has = (label: string) => label.toLowerCase().includes(word);
    const lines = new Set(keysWhere(labels.line, has));
    const states = new Set(keysWhere(labels.state, has));
    const green = has(labels.greenChannel);
    const disaster = has(labels.disaster);
    const found = index?.rowsContaining(word);
    return (row: QueueRow) =>
      (found ? found.has(row) : searchTextOf(row).includes(word)) ||
      lines.has(row.line) ||
      states.has(row.state) ||
      (green && row.greenChannel) ||
      (disaster && row.disaster);
  });
  return (row) => matchers.every((matches) => matches(row));
}

function keysWhere<K extends string>(
  labels: Readonly<Record<K, string>>,
  test: (label: string) => boolean,
): K[] {
  return (Object.keys(labels) as K[]).filter((key) => test(labels[key]));
}
