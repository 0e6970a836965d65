import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { CASE_STATES } from '@shared/domain/lifecycle';
import { LINES } from '@shared/domain/lines';
import { FlagsCell, MarkersCell, PriorityCell, SlaCell } from './QueueCells';
import { PriorityTooltip, SlaTooltip, TextTooltip } from './QueueTooltips';
import { queueCellText } from './queue-cell-text';
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
 * Columns read plain fields and show the text of queue-cell-text.ts.
 * Sorting, searching and filtering are the queue's own (queue-order.ts,
 * queue-search.ts, queue-filter.ts), not the grid's: the grid only asks for
 * the block of rows in view.
 */
export function queueColumns(
  t: TFunction,
  dateTime: Intl.DateTimeFormat,
  label: SearchLabels,
): ColDef<QueueRow>[] {
  const text = queueCellText(t, dateTime, label);
  const shown = (colId: string) => (p: { data?: QueueRow | undefined }) =>
    p.data ? (text[colId]?.(p.data) ?? '') : '';
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
      valueFormatter: shown('line'),
    },
    {
      field: 'state',
      headerName: t('queue.columns.state'),
      width: 120,
      valueFormatter: shown('state'),
    },
    {
      colId: 'sla',
      field: 'slaOrder',
      headerName: t('queue.columns.sla'),
      width: 150,
      valueFormatter: shown('sla'),
      cellRenderer: SlaCell,
      tooltipValueGetter: (p) => (p.data?.clock ? p.data.slaState : null),
      tooltipComponent: SlaTooltip,
    },
    {
      field: 'claimedFen',
      headerName: t('queue.columns.claimed'),
      width: 130,
      type: 'rightAligned',
      valueFormatter: shown('claimedFen'),
    },
    {
      field: 'reservedFen',
      headerName: t('queue.columns.reserved'),
      width: 130,
      type: 'rightAligned',
      valueFormatter: shown('reservedFen'),
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
      valueFormatter: shown('lastContactAt'),
    },
    {
      field: 'assigneeName',
      headerName: t('queue.columns.assignee'),
      width: 110,
      valueFormatter: shown('assigneeName'),
    },
    {
      field: 'advisorName',
      headerName: t('queue.columns.advisor'),
      width: 110,
      valueFormatter: shown('advisorName'),
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
      valueGetter: shown('markers'),
    },
    {
      field: 'reportedAt',
      headerName: t('queue.columns.reportedAt'),
      width: 140,
      valueFormatter: shown('reportedAt'),
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
