import type { ColDef, GetQuickFilterTextParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { CASE_STATES } from '@shared/domain/lifecycle';
import { LINES } from '@shared/domain/lines';
import { formatFen } from '@shared/lib/money';
import { FlagsCell, MarkersCell, PriorityCell, SlaCell } from './QueueCells';
import type { QueueRow } from './queue-row';

type Quick = GetQuickFilterTextParams<QueueRow>;

/**
 * Columns read plain fields and labels looked up once, not per row: sorting
 * and the quick filter run over 100,000 rows, so each call per row counts.
 * Amounts, counts and dates are left out of the quick filter: digits typed
 * there are case or policy numbers, not fen.
 */
export function queueColumns(t: TFunction, dateTime: Intl.DateTimeFormat): ColDef<QueueRow>[] {
  const when = (ms: number | null | undefined) => (ms ? dateTime.format(ms) : '');
  const lineLabel = labels(LINES, (l) => t(`lines.${l}`));
  const stateLabel = labels(CASE_STATES, (s) => t(`states.${s}`));
  const green = t('queue.greenChannel');
  const disaster = t('queue.disaster');
  return [
    {
      colId: 'priority',
      field: 'priorityScore',
      headerName: t('queue.columns.priority'),
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
      valueFormatter: (p) => (p.data ? lineLabel[p.data.line] : ''),
      getQuickFilterText: (p: Quick) => lineLabel[p.data.line],
    },
    {
      field: 'state',
      headerName: t('queue.columns.state'),
      width: 120,
      valueFormatter: (p) => (p.data ? stateLabel[p.data.state] : ''),
      getQuickFilterText: (p: Quick) => stateLabel[p.data.state],
    },
    {
      colId: 'sla',
      field: 'slaOrder',
      headerName: t('queue.columns.sla'),
      width: 150,
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
      getQuickFilterText: () => '',
    },
    {
      field: 'reservedFen',
      headerName: t('queue.columns.reserved'),
      width: 130,
      type: 'rightAligned',
      valueFormatter: (p) => formatFen(p.value ?? 0),
      getQuickFilterText: () => '',
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
        [p.data?.greenChannel ? green : '', p.data?.disaster ? disaster : '']
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

function labels<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;
}
