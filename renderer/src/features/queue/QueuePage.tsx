import SearchOutlined from '@mui/icons-material/SearchOutlined';
import {
  Alert,
  Button,
  Chip,
  InputAdornment,
  Paper,
  Stack,
  TextField,
  Tooltip,
} from '@mui/material';
import type {
  ColDef,
  GetQuickFilterTextParams,
  ICellRendererParams,
  RowDoubleClickedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import { formatFen } from '@shared/lib/money';
import type { CaseSummary } from '@shared/schemas/case';
import { PageHeader } from '../../app/PageHeader';
import { usePreferences } from '../../app/preferences-context';
import { useSignedInUser } from '../../app/session-context';
import { gridLocale, gridTheme } from '../../lib/grid';
import { useCaseList } from './use-case-list';

export function QueuePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { language, themeMode } = usePreferences();
  const navigate = useNavigate();
  const { state, reload } = useCaseList();
  const [quickFilter, setQuickFilter] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const dateTime = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }),
    [language],
  );

  const columns = useMemo<ColDef<CaseSummary>[]>(
    () => [
      {
        field: 'caseNumber',
        headerName: t('queue.columns.caseNumber'),
        width: 160,
        pinned: 'left',
      },
      {
        field: 'customerName',
        headerName: t('queue.columns.customer'),
        width: 200,
        tooltipField: 'customerName',
      },
      {
        field: 'line',
        headerName: t('queue.columns.line'),
        width: 130,
        valueFormatter: (p) => (p.value ? t(`lines.${p.value as Line}`) : ''),
        getQuickFilterText: (p: GetQuickFilterTextParams<CaseSummary>) => t(`lines.${p.data.line}`),
      },
      {
        field: 'state',
        headerName: t('queue.columns.state'),
        width: 150,
        valueFormatter: (p) => (p.value ? t(`states.${p.value as CaseState}`) : ''),
        getQuickFilterText: (p: GetQuickFilterTextParams<CaseSummary>) =>
          t(`states.${p.data.state}`),
      },
      {
        field: 'claimedFen',
        headerName: t('queue.columns.claimed'),
        width: 140,
        type: 'rightAligned',
        valueFormatter: (p) => formatFen(p.value ?? 0),
      },
      {
        field: 'reservedFen',
        headerName: t('queue.columns.reserved'),
        width: 140,
        type: 'rightAligned',
        valueFormatter: (p) => formatFen(p.value ?? 0),
      },
      {
        colId: 'markers',
        headerName: t('queue.columns.markers'),
        width: 170,
        sortable: false,
        cellRenderer: (p: ICellRendererParams<CaseSummary>) => <Markers row={p.data} />,
      },
      {
        field: 'assigneeName',
        headerName: t('queue.columns.assignee'),
        width: 110,
        valueFormatter: (p) => p.value ?? t('queue.unassigned'),
      },
      { field: 'teamName', headerName: t('queue.columns.team'), width: 130 },
      {
        field: 'reportedAt',
        headerName: t('queue.columns.reportedAt'),
        width: 150,
        sort: 'desc',
        valueFormatter: (p) => (p.value ? dateTime.format(p.value) : ''),
      },
      { field: 'lossLocation', headerName: t('queue.columns.location'), flex: 1, minWidth: 200 },
    ],
    [t, dateTime],
  );

  const title =
    user.role === 'admin'
      ? t('queue.titleAll')
      : user.role === 'supervisor'
        ? t('queue.titleTeam')
        : t('queue.title');
  const rows = state.status === 'ready' ? state.cases : null;

  return (
    <Stack sx={{ height: '100%' }}>
      <PageHeader
        title={title}
        subtitle={rows ? t('queue.count', { count: shown ?? rows.length }) : t('common.loading')}
        actions={
          <TextField
            size="small"
            placeholder={t('queue.search')}
            value={quickFilter}
            onChange={(e) => setQuickFilter(e.target.value)}
            sx={{ width: 360 }}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchOutlined fontSize="small" />
                  </InputAdornment>
                ),
              },
              htmlInput: { 'aria-label': t('queue.search'), 'data-testid': 'queue-search' },
            }}
          />
        }
      />
      {state.status === 'error' ? (
        <Alert severity="error" action={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {t('queue.loadFailed', { reason: state.message })}
        </Alert>
      ) : (
        <Paper sx={{ flexGrow: 1, minHeight: 320, overflow: 'hidden' }} data-testid="queue-grid">
          <AgGridReact<CaseSummary>
            theme={gridTheme(themeMode)}
            localeText={gridLocale(language)}
            rowData={rows}
            loading={rows === null}
            columnDefs={columns}
            getRowId={(p) => p.data.id}
            quickFilterText={quickFilter}
            rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
            onRowDoubleClicked={(e: RowDoubleClickedEvent<CaseSummary>) =>
              e.data && navigate(`/cases/${e.data.id}`)
            }
            onCellKeyDown={(e) => {
              const key = (e.event as KeyboardEvent | undefined)?.key;
              if (key === 'Enter' && e.data) navigate(`/cases/${e.data.id}`);
            }}
            onModelUpdated={(e) => setShown(e.api.getDisplayedRowCount())}
          />
        </Paper>
      )}
    </Stack>
  );
}

function Markers({ row }: { row: CaseSummary | undefined }) {
  const { t } = useTranslation();
  if (!row) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ height: '100%', alignItems: 'center' }}>
      {row.greenChannel ? (
        <Tooltip title={t('queue.greenChannelHint')}>
          <Chip size="small" color="success" label={t('queue.greenChannel')} />
        </Tooltip>
      ) : null}
      {row.disaster ? (
        <Tooltip title={t('queue.disasterHint')}>
          <Chip size="small" color="warning" label={t('queue.disaster')} />
        </Tooltip>
      ) : null}
    </Stack>
  );
}
