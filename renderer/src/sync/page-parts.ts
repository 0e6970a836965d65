import type { PullResponse } from '@shared/sync/protocol';

type ChangesPage = Extract<PullResponse, { kind: 'changes' }>;

/**
 * A pulled page as the pages its transactions store, at most `size`
 * changes each. A first sync receives its changes in few large answers,
 * which cost a browser less to receive (engine.ts), but writes them in
 * transactions of a few thousand: one transaction for an answer of every
 * case took 9 s, four of 5,000 cases about 1.6 s each.
 *
 * The changes of a page come in log order, so every part but the last is
 * complete up to its own last sequence, and that is its cursor; the last
 * part keeps the page's cursor, scope changes and acknowledgements. A page
 * with scope changes, or whose changes are not in log order (a case that
 * joined the scope comes first, as of its own older sequences), is stored
 * whole.
 */
export function pageParts(page: ChangesPage, size: number): ChangesPage[] {
  const { changes } = page;
  if (changes.length <= size || !splittable(page)) return [page];
  const parts: ChangesPage[] = [];
  for (let start = 0; start + size < changes.length; start += size) {
    const part = changes.slice(start, start + size);
    parts.push({
      ...page,
      cursor: part.at(-1)?.seq ?? page.cursor,
      hasMore: true,
      changes: part,
      scope: { added: [], removed: [] },
      acks: [],
    });
  }
  const rest = changes.slice(parts.length * size);
  parts.push({ ...page, changes: rest });
  return parts;
}

function splittable({ changes, scope, cursor }: ChangesPage): boolean {
  if (scope.added.length > 0 || scope.removed.length > 0) return false;
  for (let i = 1; i < changes.length; i++)
    if ((changes[i]?.seq ?? 0) <= (changes[i - 1]?.seq ?? 0)) return false;
  return (changes.at(-1)?.seq ?? 0) <= cursor;
}
