import type { TFunction } from 'i18next';
import { formatFen } from '@shared/lib/money';
import type { QueueRow } from './queue-row';
import type { SearchLabels } from './queue-search';

export type CellText = (row: QueueRow) => string;

/**
 * Each column's text as a reader sees it, by column id: the grid shows it
 * and the CSV export writes it, so the two never drift apart.
 */
export function queueCellText(
  t: TFunction,
  dateTime: Intl.DateTimeFormat,
  label: SearchLabels,
): Readonly<Record<string, CellText>> {
  const when = (ms: number | null) => (ms ? dateTime.format(ms) : '');
  return {
    priority: (r) => (r.open ? String(r.priorityScore) : ''),
    caseNumber: (r) => r.caseNumber,
    customerName: (r) => r.customerName,
    line: (r) => label.line[r.line],
    state: (r) => label.state[r.state],
    sla: (r) => (r.clock ? t(`queue.slaState.${r.slaState}`) : ''),
    claimedFen: (r) => formatFen(r.claimedFen),
    reservedFen: (r) => formatFen(r.reservedFen),
    openFlags: (r) => String(r.openFlags),
    lastContactAt: (r) => when(r.lastContactAt) || t('queue.never'),
    assigneeName: (r) => r.assigneeName ?? t('queue.unassigned'),
    advisorName: (r) => r.advisorName ?? '—',
    markers: (r) =>
      [r.greenChannel ? label.greenChannel : '', r.disaster ? label.disaster : '']
        .filter(Boolean)
        .join(' '),
    reportedAt: (r) => when(r.reportedAt),
    lossLocation: (r) => r.lossLocation,
  };
}
