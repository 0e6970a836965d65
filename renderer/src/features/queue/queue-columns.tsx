import type { ColDef, GetQuickFilterTextParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatFen } from '@shared/lib/money';
import { FlagsCell, MarkersCell, PriorityCell, SlaCell } from './QueueCells';
import type { QueueRow } from './queue-row';

type Quick = GetQuickFilterTextParams<QueueRow>;

/** Overdue first, then least time left; cases with no running clock last. */
export function slaSortValue(row: QueueRow | undefined): number {
  return row?.clock ? row.clock.remainingMs : Number.POSITIVE_INFINITY;
}

export function queueColumns(t: TFunction, dateTime: Intl.DateTimeFormat): ColDef<QueueRow>[] {
  const when = (ms: number | null | undefined) => (ms ? dateTime.format(ms) : '');
  return [
    {
      colId: 'priority',
      headerName: t('queue.columns.priority'),
      valueGetter: (p) => p.data?.priority.score ?? 0,
      cellRenderer: PriorityCell,
      width: 110,
      type: 'rightAligned',
      sort: 'desc',
      sortingOrder: ['desc', 'asc'],
      getQuickFilterText: () => '',
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
    },
    {
      field: 'line',
      headerName: t('queue.columns.line'),
      width: 110,
      valueFormatter: (p) => (p.data ? t(`lines.${p.data.line}`) : ''),
      getQuickFilterText: (p: Quick) => t(`lines.${p.data.line}`),
    },
    {
      field: 'state',
      headerName: t('queue.columns.state'),
      width: 120,
      valueFormatter: (p) => (p.data ? t(`states.${p.data.state}`) : ''),
      getQuickFilterText: (p: Quick) => t(`states.${p.data.state}`),
    },
    {
      colId: 'sla',
      headerName: t('queue.columns.sla'),
      width: 150,
      valueGetter: (p) => slaSortValue(p.data),
      valueFormatter: (p) => (p.data?.clock ? t(`queue.slaState.${p.data.slaState}`) : ''),
      comparator: (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1),
      cellRenderer: SlaCell,
      getQuickFilterText: () => '',
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
      getQuickFilterText: () => '',
    },
    {
      field: 'lastContactAt',
      headerName: t('queue.columns.lastContact'),
      width: 140,
      valueFormatter: (p) => when(p.value) || t('queue.never'),
      getQuickFilterText: () => '',
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
      valueGetter: (p) =>
        [
          p.data?.greenChannel ? t('queue.greenChannel') : '',
          p.data?.disaster ? t('queue.disaster') : '',
        ]
          .filter(Boolean)
          .join(' '),
    },
    {
      field: 'reportedAt',
      headerName: t('queue.columns.reportedAt'),
      width: 140,
      valueFormatter: (p) => when(p.value),
      getQuickFilterText: () => '',
    },
    {
      field: 'lossLocation',
      headerName: t('queue.columns.location'),
      flex: 1,
      minWidth: 200,
    },
  ];
}
