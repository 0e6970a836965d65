import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatFen } from '@shared/lib/money';
import { PageHeader } from '../../app/PageHeader';
import { useSignedInUser } from '../../app/session-context';
import { useCaseList } from '../queue/use-case-list';
import { workloadByAssignee } from './workload';

export function SupervisorPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { state, reload } = useCaseList();

  const header = (
    <PageHeader
      title={t('supervisor.title')}
      subtitle={t('supervisor.subtitle', { team: user.teamName ?? t('auth.noTeam') })}
    />
  );
  if (state.status === 'loading')
    return (
      <>
        {header}
        <CircularProgress aria-busy />
      </>
    );
  if (state.status === 'error') {
    return (
      <>
        {header}
        <Alert severity="error" action={<Button onClick={reload}>{t('common.retry')}</Button>}>
          {t('queue.loadFailed', { reason: state.message })}
        </Alert>
      </>
    );
  }

  const { rows, unassigned } = workloadByAssignee(state.cases);
  return (
    <>
      {header}
      <Chip
        sx={{ mb: 2 }}
        color={unassigned > 0 ? 'warning' : 'default'}
        label={`${t('supervisor.unassigned')}: ${unassigned}`}
      />
      <TableContainer component={Paper}>
        <Table size="small" data-testid="workload-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('supervisor.adjuster')}</TableCell>
              <TableCell align="right">{t('supervisor.open')}</TableCell>
              <TableCell align="right">{t('supervisor.closed')}</TableCell>
              <TableCell align="right">{t('supervisor.claimed')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.assigneeId} hover>
                <TableCell>{row.assigneeName}</TableCell>
                <TableCell align="right">{row.open}</TableCell>
                <TableCell align="right">{row.closed}</TableCell>
                <TableCell align="right">{formatFen(row.openClaimedFen)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
