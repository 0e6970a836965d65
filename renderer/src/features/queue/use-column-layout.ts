import type { GridApi } from 'ag-grid-community';
import { useMemo } from 'react';
import { loadColumnLayout, saveColumnLayout } from './queue-settings';

/** Restores the user's column widths, order, pins and hidden columns, and keeps them as they change. */
export function useColumnLayout(userId: string) {
  return useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      async restore(api: GridApi): Promise<void> {
        const layout = await loadColumnLayout(userId);
        if (layout && !api.isDestroyed()) api.applyColumnState({ state: layout, applyOrder: true });
      },
      save(api: GridApi): void {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (api.isDestroyed()) return;
          const layout = api.getColumnState().map(({ colId, width, hide, pinned }) => ({
            colId,
            ...(width ? { width } : {}),
            hide: hide ?? null,
            pinned: pinned === true ? 'left' : pinned || null,
          }));
          void saveColumnLayout(userId, layout);
        }, 300);
      },
    };
  }, [userId]);
}
