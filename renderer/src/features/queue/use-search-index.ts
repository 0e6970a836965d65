import { useEffect, useMemo } from 'react';
import type { QueueRow } from './queue-row';
import { SearchIndex } from './search-index';

/** The search index of the current rows, made a slice at a time while the browser is idle. */
export function useSearchIndex(rows: readonly QueueRow[] | null): SearchIndex | undefined {
  const index = useMemo(() => (rows ? new SearchIndex(rows) : undefined), [rows]);
  useEffect(() => {
    if (!index) return;
    let idle = 0;
    const work = (deadline: IdleDeadline) => {
      if (!index.prepare(() => deadline.timeRemaining())) idle = requestIdleCallback(work);
    };
    idle = requestIdleCallback(work);
    return () => cancelIdleCallback(idle);
  }, [index]);
  return index;
}
