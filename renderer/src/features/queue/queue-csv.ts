import type { TFunction } from 'i18next';
import type { CellText } from './queue-cell-text';
import type { QueueRow } from './queue-row';
import { countdown, formatCountdown } from './sla-countdown';

/** A column as the user has arranged the grid: its id and its header. */
export interface CsvColumn {
  readonly colId: string;
  readonly header: string;
}

/**
 * What differs from the screen: amounts are plain yuan figures so a
 * spreadsheet sums them, and the deadline reads as a countdown with the
 * clock's name rather than as a coloured state.
 */
function csvOverrides(language: 'zh-CN' | 'en'): Readonly<Record<string, CellText>> {
  return {
    sla: (r) =>
      r.clock
        ? `${formatCountdown(countdown(r.clock.remainingMs), language)} · ${r.clock.label[language]}`
        : '',
    claimedFen: (r) => (r.claimedFen / 100).toFixed(2),
    reservedFen: (r) => (r.reservedFen / 100).toFixed(2),
  };
}

function quoted(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Every row the queue shows, in its order and the grid's columns, as CSV
 * text (with a byte-order mark, so spreadsheets read it as UTF-8): all
 * shown rows, not only those the grid has drawn.
 */
export function queueCsv(
  rows: readonly QueueRow[],
  columns: readonly CsvColumn[],
  text: Readonly<Record<string, CellText>>,
  language: 'zh-CN' | 'en',
): string {
  const overrides = csvOverrides(language);
  const cells = columns.map((c) => overrides[c.colId] ?? text[c.colId] ?? (() => ''));
  const lines = [columns.map((c) => quoted(c.header)).join(',')];
  for (const row of rows) lines.push(cells.map((cell) => quoted(cell(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Saves the CSV as a download named after the queue and the day. */
export function downloadQueueCsv(csv: string, t: TFunction, now = new Date()): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${t('queue.csvFileName')}-${now.toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
