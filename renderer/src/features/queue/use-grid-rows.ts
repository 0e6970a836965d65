import type { GridApi, IDatasource } from 'ag-grid-community';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { QueueFilter } from './queue-filter';
import type { SortKey } from './queue-order';
import type { QueueRow } from './queue-row';
import { ShownRows } from './shown-rows';

/** The priority column's own default order (queue-columns.tsx). */
const PRIORITY_FIRST: readonly SortKey[] = [{ colId: 'priority', sort: 'desc' }];

export interface GridRows {
  /** How many rows pass the filter; null until the rows are read. */
  readonly shown: number | null;
  /** What the grid reads its blocks from; undefined until the rows are read. */
  readonly datasource: IDatasource | undefined;
  /** Every shown row, in the order the grid last asked for (the list it read its blocks from). */
  shownList(): readonly QueueRow[];
}

/**
 * The queue's rows as the grid reads them, a block at a time: filtered and
 * sorted here (shown-rows.ts), never inside the grid. A new filter or new
 * rows from sync tell the grid to ask again; it keeps showing its rows while
 * it does, so nothing flashes empty, and a new filter starts from the top
 * while rows landing from sync keep the scroll position and selection.
 */
export function useGridRows(
  api: RefObject<GridApi<QueueRow> | null>,
  rows: readonly QueueRow[] | null,
  predicate: (row: QueueRow) => boolean,
  /** Only compared: a new filter scrolls back to the top. */
  filter: QueueFilter,
): GridRows {
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const predicateRef = useRef(predicate);
  predicateRef.current = predicate;
  const shownRows = useRef(new ShownRows());
  // The count needs no order, so the last order the grid asked for does; its next ask finds the list made.
  const sortModel = useRef<readonly SortKey[]>(PRIORITY_FIRST);
  const shown = useMemo(
    () => rows && shownRows.current.get(rows, predicate, sortModel.current).length,
    [rows, predicate],
  );
  const ready = rows !== null;
  const datasource = useMemo<IDatasource | undefined>(
    () =>
      ready
        ? {
            getRows: (p) => {
              sortModel.current = p.sortModel;
              const list = shownRows.current.get(
                rowsRef.current ?? [],
                predicateRef.current,
                p.sortModel,
              );
              p.successCallback(list.slice(p.startRow, p.endRow), list.length);
            },
          }
        : undefined,
    [ready],
  );
  const askedFor = useRef({ rows, filter });
  useEffect(() => {
    const grid = api.current;
    const asked = askedFor.current;
    askedFor.current = { rows, filter };
    if (!grid || asked.rows === null) return;
    grid.refreshInfiniteCache();
    if (asked.filter !== filter) grid.ensureIndexVisible(0, 'top');
  }, [api, rows, filter, predicate]);
  return useMemo(
    () => ({
      shown,
      datasource,
      shownList: () => shownRows.current.get(rows ?? [], predicate, sortModel.current),
    }),
    [shown, datasource, rows, predicate],
  );
}
