import { Alert, Box, Chip, CircularProgress, Stack, Tab, Tabs } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { useSignedInUser } from '../../app/session-context';
import { useQueueRows } from '../queue/queue-rows-context';
import { BreachList } from './BreachList';
import { KpiDashboard } from './KpiDashboard';
import { RebalancePanel } from './RebalancePanel';
import { proposeRebalancing } from './rebalance';
import { useTeam } from './use-team';
import { WorkloadPanel } from './WorkloadPanel';
import { workloadByAssignee } from './workload';

/** The supervisor's console: who carries what, what is overdue, what to move, and the KPIs. */
export function SupervisorPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const state = useQueueRows();
  const teamId = user.role === 'admin' ? null : user.teamId;
  const team = useTeam(teamId);
  const [tab, setTab] = useState<'workload' | 'kpi'>('workload');
  const rows = state.status === 'ready' ? state.rows : null;
  const workload = useMemo(
    () => (rows && team ? workloadByAssignee(rows, team) : null),
    [rows, team],
  );
  const moves = useMemo(() => (rows && team ? proposeRebalancing(rows, team) : []), [rows, team]);

  const totals = workload?.rows.reduce(
    (sum, r) => ({
      open: sum.open + r.open,
      atRisk: sum.atRisk + r.atRisk,
      breached: sum.breached + r.breached,
    }),
    { open: 0, atRisk: 0, breached: 0 },
  );

  return (
    <>
      <PageHeader
        title={t('supervisor.title')}
        subtitle={t('supervisor.subtitle', { team: user.teamName ?? t('supervisor.allTeams') })}
      />
      <Tabs value={tab} onChange={(_, value: 'workload' | 'kpi') => setTab(value)} sx={{ mb: 2 }}>
        <Tab value="workload" label={t('supervisor.tabs.workload')} data-testid="tab-workload" />
        <Tab value="kpi" label={t('supervisor.tabs.kpi')} data-testid="tab-kpi" />
      </Tabs>
      {tab === 'kpi' ? (
        <KpiDashboard />
      ) : state.status === 'error' ? (
        <Alert severity="error">{t('queue.loadFailed', { reason: state.message })}</Alert>
      ) : !workload || !team || !totals ? (
        <CircularProgress aria-busy />
      ) : (
        <Stack spacing={2}>
          <Stack direction="row" spacing={1}>
            <Chip label={t('supervisor.totalOpen', { count: totals.open })} />
            <Chip color="warning" label={t('supervisor.totalAtRisk', { count: totals.atRisk })} />
            <Chip color="error" label={t('supervisor.totalBreached', { count: totals.breached })} />
            <Chip
              variant="outlined"
              color={workload.unassigned > 0 ? 'warning' : 'default'}
              label={t('supervisor.unassignedCount', { count: workload.unassigned })}
            />
          </Stack>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '3fr 2fr' } }}>
            <WorkloadPanel rows={workload.rows} />
            <Stack spacing={2}>
              <BreachList rows={rows ?? []} />
              <RebalancePanel moves={moves} team={team} />
            </Stack>
          </Box>
        </Stack>
      )}
    </>
  );
}
