import type { GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import type { QueueFilter } from './queue-filter';
import { deleteView, loadSavedViews, saveView, type SavedView } from './queue-settings';

/** The user's saved views, and saving the current filter and sort under a name. */
export function useSavedViews(userId: string) {
  const [list, setList] = useState<SavedView[]>([]);
  useEffect(() => {
    let live = true;
    void loadSavedViews(userId).then((views) => live && setList(views));
    return () => {
      live = false;
    };
  }, [userId]);
  return useMemo(
    () => ({
      list,
      async save(name: string, filter: QueueFilter, api: GridApi | null): Promise<void> {
        const sort = (api?.getColumnState() ?? [])
          .filter((c) => c.sort)
          .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
          .map((c) => ({
            colId: c.colId,
            sort: c.sort === 'asc' ? ('asc' as const) : ('desc' as const),
          }));
        setList(await saveView(userId, { name, filter, sort }));
      },
      async remove(name: string): Promise<void> {
        setList(await deleteView(userId, name));
      },
    }),
    [list, userId],
  );
}
