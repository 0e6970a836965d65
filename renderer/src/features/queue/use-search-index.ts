import { useEffect, useMemo } from 'react';
import type { QueueRow } from './queue-row';
import { SearchIndex } from './search-index';

/** The search index of the current rows, joined while the browser is idle. */
export function useSearchIndex(rows: readonly QueueRow[] | null): SearchIndex | undefined {
  const index = useMemo(() => (rows ? new SearchIndex(rows) : undefined), [rows]);
  useEffect(() => {
    if (!index) return;
    const idle = requestIdleCallback(() => index.prepare());
    return () => cancelIdleCallback(idle);
  }, [index]);
  return index;
}
