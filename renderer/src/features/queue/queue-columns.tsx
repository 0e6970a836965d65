import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { CASE_STATES } from '@shared/domain/lifecycle';
import { LINES } from '@shared/domain/lines';
import { formatFen } from '@shared/lib/money';
import { FlagsCell, MarkersCell, PriorityCell, SlaCell } from './QueueCells';
import { PriorityTooltip, SlaTooltip, TextTooltip } from './QueueTooltips';
import type { QueueRow } from './queue-row';
import type { SearchLabels } from './queue-search';

/** The queue's labels in the reader's language, looked up once rather than per row. */
export function queueLabels(t: TFunction): SearchLabels {
  return {
    line: labels(LINES, (l) => t(`lines.${l}`)),
    state: labels(CASE_STATES, (s) => t(`states.${s}`)),
    greenChannel: t('queue.greenChannel'),
    disaster: t('queue.disaster'),
  };
}

/**
 * Columns read plain fields and labels looked up once: sorting runs over
 * 100,000 rows, so each call per row counts. Searching is the queue's own
 * (queue-search.ts), not the grid's.
 */
export function queueColumns(
  t: TFunction,
  dateTime: Intl.DateTimeFormat,
  label: SearchLabels,
): ColDef<QueueRow>[] {
  const when = (ms: number | null | undefined) => (ms ? dateTime.format(ms) : '');
  return [
    {
      colId: 'priority',
      field: 'priorityScore',
      headerName: t('queue.columns.priority'),
      cellRenderer: PriorityCell,
      tooltipValueGetter: (p) => (p.data?.open ? String(p.data.priorityScore) : null),
      tooltipComponent: PriorityTooltip,
      width: 110,
      type: 'rightAligned',
      sort: 'desc',
      sortingOrder: ['desc', 'asc'],
    },
    {
      field: 'caseNumber',
      headerName: t('queue.columns.caseNumber'),
      width: 170,
      pinned: 'left',
    },
    {
      field: 'customerName',
      headerName: t('queue.columns.customer'),
      width: 170,
      tooltipField: 'customerName',
      tooltipComponent: TextTooltip,
    },
    {
      field: 'line',
      headerName: t('queue.columns.line'),
      width: 110,
      valueFormatter: (p) => (p.data ? label.line[p.data.line] : ''),
    },
    {
      field: 'state',
      headerName: t('queue.columns.state'),
      width: 120,
      valueFormatter: (p) => (p.data ? label.state[p.data.state] : ''),
    },
    {
      colId: 'sla',
      field: 'slaOrder',
      headerName: t('queue.columns.sla'),
      width: 150,
      valueFormatter: (p) => (p.data?.clock ? t(`queue.slaState.${p.data.slaState}`) : ''),
      comparator: (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1),
      cellRenderer: SlaCell,
      tooltipValueGetter: (p) => (p.data?.clock ? p.data.slaState : null),
      tooltipComponent: SlaTooltip,
    },
    {
      field: 'claimedFen',
      headerName: t('queue.columns.claimed'),
      width: 130,
      type: 'rightAligned',
      valueFormatter: (p) => formatFen(p.value ?? 0),
    },
    {
      field: 'reservedFen',
      headerName: t('queue.columns.reserved'),
      width: 130,
      type: 'rightAligned',
      valueFormatter: (p) => formatFen(p.value ?? 0),
    },
    {
      field: 'openFlags',
      headerName: t('queue.columns.flags'),
      width: 90,
      type: 'rightAligned',
      cellRenderer: FlagsCell,
      tooltipValueGetter: (p) =>
        p.data?.openFlags ? t('queue.openFlagsHint', { count: p.data.openFlags }) : null,
      tooltipComponent: TextTooltip,
    },
    {
      field: 'lastContactAt',
      headerName: t('queue.columns.lastContact'),
      width: 140,
      valueFormatter: (p) => when(p.value) || t('queue.never'),
    },
    {
      field: 'assigneeName',
      headerName: t('queue.columns.assignee'),
      width: 110,
      valueFormatter: (p) => p.value ?? t('queue.unassigned'),
    },
    {
      field: 'advisorName',
      headerName: t('queue.columns.advisor'),
      width: 110,
      valueFormatter: (p) => p.value ?? '—',
    },
    {
      colId: 'markers',
      headerName: t('queue.columns.markers'),
      width: 150,
      sortable: false,
      cellRenderer: MarkersCell,
      tooltipValueGetter: (p) =>
        [
          p.data?.greenChannel ? t('queue.greenChannelHint') : '',
          p.data?.disaster ? t('queue.disasterHint') : '',
        ]
          .filter(Boolean)
          .join(' · ') || null,
      tooltipComponent: TextTooltip,
      valueGetter: (p) =>
        [p.data?.greenChannel ? label.greenChannel : '', p.data?.disaster ? label.disaster : '']
          .filter(Boolean)
          .join(' '),
    },
    {
      field: 'reportedAt',
      headerName: t('queue.columns.reportedAt'),
      width: 140,
      valueFormatter: (p) => when(p.value),
    },
    {
      field: 'lossLocation',
      headerName: t('queue.columns.location'),
      flex: 1,
      minWidth: 200,
    },
  ];
}

function labels<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;
}
