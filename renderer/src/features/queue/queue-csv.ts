import type { GridApi, ProcessCellForExportParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { QueueRow } from './queue-row';
import { countdown, formatCountdown } from './sla-countdown';

const AMOUNTS = new Set(['claimedFen', 'reservedFen']);

/**
 * The rows on screen, in their order and columns, as a CSV a spreadsheet
 * opens (UTF-8 with a byte-order mark). Amounts are plain yuan figures so
 * they sum; the deadline reads as on screen, with the clock's name.
 */
export function exportQueueCsv(
  api: GridApi<QueueRow>,
  t: TFunction,
  language: 'zh-CN' | 'en',
  now = new Date(),
): void {
  const day = now.toISOString().slice(0, 10);
  api.exportDataAsCsv({
    fileName: `${t('queue.csvFileName')}-${day}.csv`,
    onlySelected: false,
    processCellCallback: (p: ProcessCellForExportParams<QueueRow>) => cellText(p, language),
  });
}

export function cellText(
  p: ProcessCellForExportParams<QueueRow>,
  language: 'zh-CN' | 'en',
): string {
  const id = p.column.getColId();
  const row = p.node?.data;
  if (id === 'sla') {
    const clock = row?.clock;
    return clock
      ? `${formatCountdown(countdown(clock.remainingMs), language)} · ${clock.label[language]}`
      : '';
  }
  if (id === 'priority') return row?.open ? String(row.priority.score) : '';
  if (AMOUNTS.has(id)) return typeof p.value === 'number' ? (p.value / 100).toFixed(2) : '';
  return p.formatValue(p.value);
}
