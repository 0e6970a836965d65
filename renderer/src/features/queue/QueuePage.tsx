import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import {
  Alert,
  Button,
  FormControlLabel,
  InputAdornment,
  Paper,
  Stack,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import type {
  CellKeyDownEvent,
  FullWidthCellKeyDownEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowDoubleClickedEvent,
  RowSelectionOptions,
  SelectionChangedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../app/PageHeader';
import { usePreferences } from '../../app/preferences-context';
import { useSignedInUser } from '../../app/session-context';
import { gridLocale, gridTheme } from '../../lib/grid';
import { ReassignDialog } from '../supervisor/ReassignDialog';
import { chipCounts } from './chip-counts';
import { FilterChips } from './FilterChips';
import { queueColumns, queueLabels } from './queue-columns';
import { queueCellText } from './queue-cell-text';
import { downloadQueueCsv, queueCsv } from './queue-csv';
import {
  DEFAULT_FILTER,
  rowPredicate,
  withChip,
  type ChipToggle,
  type QueueFilter,
  type QueueView,
} from './queue-filter';
import type { QueueRow } from './queue-row';
import { SavedViewsMenu } from './SavedViewsMenu';
import { useColumnLayout } from './use-column-layout';
import { useSavedViews } from './use-saved-views';
import { useQueueRows } from './queue-rows-context';
import { queueTagStyles } from './queue-tags';
import { useGridRows } from './use-grid-rows';
import { useSearchIndex } from './use-search-index';
import { useSlashFocus } from './use-slash-focus';

// The grid holds only the blocks of rows it has shown, so it offers no "select all" box.
const SUPERVISOR_SELECTION: RowSelectionOptions<QueueRow> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
};
const ADJUSTER_SELECTION: RowSelectionOptions<QueueRow> = {
  mode: 'singleRow',
  checkboxes: false,
  enableClickSelection: true,
};
const rowId = (p: GetRowIdParams<QueueRow>) => p.data.id;

export function QueuePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { language, themeMode } = usePreferences();
  const navigate = useNavigate();
  const state = useQueueRows();
  const supervising = user.role === 'supervisor' || user.role === 'admin';
  const [filter, setFilter] = useState<QueueFilter>({
    ...DEFAULT_FILTER,
    view: supervising ? 'team' : 'mine',
  });
  const toggleChip = useCallback(
    (toggle: ChipToggle) => setFilter((current) => withChip(current, toggle)),
    [],
  );
  const [selected, setSelected] = useState<QueueRow[]>([]);
  const [reassigning, setReassigning] = useState(false);
  const api = useRef<GridApi<QueueRow> | null>(null);
  const search = useRef<HTMLInputElement>(null);
  useSlashFocus(search);
  const layout = useColumnLayout(user.id);
  const views = useSavedViews(user.id);

  const teamId = user.role === 'admin' ? null : user.teamId;
  const viewer = useMemo(() => ({ userId: user.id, teamId }), [user.id, teamId]);
  const labels = useMemo(() => queueLabels(t), [t]);
  const rows = state.status === 'ready' ? state.rows : null;
  const searchIndex = useSearchIndex(rows);
  const predicate = useMemo(
    () => rowPredicate(filter, viewer, labels, searchIndex),
    [filter, viewer, labels, searchIndex],
  );
  const { shown, datasource, shownList } = useGridRows(api, rows, predicate, filter);
  const counts = useMemo(
    () =>
      rows &&
      chipCounts(
        rows,
        rowPredicate(
          { ...DEFAULT_FILTER, view: filter.view, includeClosed: filter.includeClosed },
          viewer,
          labels,
        ),
      ),
    [rows, filter.view, filter.includeClosed, viewer, labels],
  );
  const dateTime = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }),
    [language],
  );
  const columns = useMemo(() => queueColumns(t, dateTime, labels), [t, dateTime, labels]);
  const exportCsv = () => {
    const grid = api.current;
    if (!grid) return;
    const csvColumns = grid
      .getAllDisplayedColumns()
      .filter((column) => column.getColDef().headerName !== undefined)
      .map((column) => ({
        colId: column.getColId(),
        header: grid.getDisplayNameForColumn(column, 'csv') ?? column.getColId(),
      }));
    const text = queueCellText(t, dateTime, labels);
    downloadQueueCsv(queueCsv(shownList(), csvColumns, text, language), t);
  };
  // Options given anew on each render make the grid redo its whole model: keep them the same objects.
  const theme = useMemo(() => gridTheme(themeMode), [themeMode]);
  const onGridReady = useCallback(
    (e: GridReadyEvent<QueueRow>) => {
      api.current = e.api;
      void layout.restore(e.api);
    },
    [layout],
  );
  const onColumnChanged = useCallback(
    // A resize or move is saved once it ends; a pin or a hidden column at once.
    (e: { api: GridApi<QueueRow>; finished?: boolean }) => {
      if (e.finished !== false) layout.save(e.api);
    },
    [layout],
  );
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<QueueRow>) => setSelected(e.api.getSelectedRows()),
    [],
  );
  const onRowDoubleClicked = useCallback(
    (e: RowDoubleClickedEvent<QueueRow>) => e.data && navigate(`/cases/${e.data.id}`),
    [navigate],
  );
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<QueueRow> | FullWidthCellKeyDownEvent<QueueRow>) => {
      const key = (e.event as KeyboardEvent | undefined)?.key;
      if (key === 'Enter' && e.data) navigate(`/cases/${e.data.id}`);
    },
    [navigate],
  );

  const title = supervising ? t('queue.titleTeam') : t('queue.title');
  const viewChoices: QueueView[] = supervising ? ['team', 'unassigned', 'mine'] : ['mine'];
  const breached = counts?.sla.get('breached') ?? 0;

  return (
    <Stack sx={{ height: '100%' }}>
      <PageHeader
        title={title}
        subtitle={
          rows
            ? t('queue.shown', { shown: shown ?? 0, total: rows.length }) +
              (breached > 0 ? ` · ${t('queue.breachedCount', { count: breached })}` : '')
            : t('common.loading')
        }
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {viewChoices.length > 1 ? (
              <ToggleButtonGroup
                size="small"
                exclusive
                value={filter.view}
                onChange={(_, view: QueueView | null) => view && setFilter({ ...filter, view })}
              >
                {viewChoices.map((view) => (
                  <ToggleButton key={view} value={view} data-testid={`view-${view}`}>
                    {t(`queue.view.${view}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            ) : null}
            <TextField
              size="small"
              placeholder={t('queue.search')}
              value={filter.quickFilter}
              onChange={(e) => setFilter({ ...filter, quickFilter: e.target.value })}
              sx={{ width: 280 }}
              inputRef={search}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchOutlined fontSize="small" />
                    </InputAdornment>
                  ),
                  endAdornment: (
                    <InputAdornment position="end">
                      <Typography variant="caption" color="text.disabled">
                        /
                      </Typography>
                    </InputAdornment>
                  ),
                },
                htmlInput: { 'aria-label': t('queue.search'), 'data-testid': 'queue-search' },
              }}
            />
            <SavedViewsMenu
              views={views.list}
              onApply={(view) => {
                setFilter(view.filter);
                api.current?.applyColumnState({ state: view.sort, defaultState: { sort: null } });
              }}
              onSave={(name) => void views.save(name, filter, api.current)}
              onDelete={(name) => void views.remove(name)}
            />
            <Button
              variant="outlined"
              startIcon={<DownloadOutlined />}
              disabled={!rows}
              onClick={exportCsv}
              data-testid="export-csv"
            >
              {t('queue.exportCsv')}
            </Button>
          </Stack>
        }
      />
      {state.status === 'error' ? (
        <Alert severity="error">{t('queue.loadFailed', { reason: state.message })}</Alert>
      ) : (
        <>
          <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2 }}>
            <Stack sx={{ flexGrow: 1 }}>
              {counts ? (
                <FilterChips
                  lines={filter.lines}
                  states={filter.states}
                  sla={filter.sla}
                  counts={counts}
                  onToggle={toggleChip}
                />
              ) : null}
            </Stack>
            <FormControlLabel
              control={
                <Switch
                  size="small"
                  checked={filter.includeClosed}
                  onChange={(e) => setFilter({ ...filter, includeClosed: e.target.checked })}
                />
              }
              label={
                <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                  {t('queue.includeClosed')}
                </Typography>
              }
            />
          </Stack>
          {supervising && selected.length > 0 ? (
            <Alert
              severity="info"
              sx={{ mb: 1 }}
              action={
                <Button
                  size="small"
                  startIcon={<SwapHorizOutlined />}
                  onClick={() => setReassigning(true)}
                  data-testid="reassign-selected"
                >
                  {t('reassign.action')}
                </Button>
              }
            >
              {t('queue.selected', { count: selected.length })}
            </Alert>
          ) : null}
          <Paper
            sx={[{ flexGrow: 1, minHeight: 320, overflow: 'hidden' }, queueTagStyles]}
            data-testid="queue-grid"
          >
            <AgGridReact<QueueRow>
              theme={theme}
              localeText={gridLocale(language)}
              rowModelType="infinite"
              datasource={datasource}
              loading={rows === null}
              columnDefs={columns}
              getRowId={rowId}
              tooltipShowDelay={300}
              // A sort or search moves thousands of rows: animating them only delays the answer.
              animateRows={false}
              // Fifteen columns: rendering them all keeps every cell reachable by keyboard and tests.
              suppressColumnVirtualisation
              // A sort or search redraws every drawn row: draw few beyond the ones in view.
              rowBuffer={4}
              rowSelection={supervising ? SUPERVISOR_SELECTION : ADJUSTER_SELECTION}
              onGridReady={onGridReady}
              onColumnResized={onColumnChanged}
              onColumnMoved={onColumnChanged}
              onColumnPinned={onColumnChanged}
              onColumnVisible={onColumnChanged}
              onSelectionChanged={onSelectionChanged}
              onRowDoubleClicked={onRowDoubleClicked}
              onCellKeyDown={onCellKeyDown}
            />
          </Paper>
        </>
      )}
      {reassigning ? (
        <ReassignDialog
          cases={selected}
          teamId={teamId}
          onClose={(done) => {
            setReassigning(false);
            if (done) api.current?.deselectAll();
          }}
        />
      ) : null}
    </Stack>
  );
}
