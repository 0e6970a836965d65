import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatFen } from '@shared/lib/money';
import type { WorkloadRow } from './workload';

/** Who carries what: a stacked bar per adjuster (on track, at risk, overdue) and the figures. */
export function WorkloadPanel({ rows }: { rows: readonly WorkloadRow[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const names = rows.map((r) => r.assigneeName);
  return (
    <Paper sx={{ p: 2 }} data-testid="workload">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('supervisor.workload')}
      </Typography>
      <BarChart
        height={Math.max(180, 44 * rows.length + 60)}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: names, width: 90 }]}
        // CJK fonts measure taller than the default axis allows, which would blank the labels.
        xAxis={[{ tickMinStep: 1, height: 32 }]}
        series={[
          {
            label: t('supervisor.onTrack'),
            data: rows.map((r) => r.open - r.atRisk - r.breached),
            stack: 'open',
            color: theme.palette.success.main,
          },
          {
            label: t('supervisor.atRisk'),
            data: rows.map((r) => r.atRisk),
            stack: 'open',
            color: theme.palette.warning.main,
          },
          {
            label: t('supervisor.breached'),
            data: rows.map((r) => r.breached),
            stack: 'open',
            color: theme.palette.error.main,
          },
        ]}
        margin={{ left: 8, right: 16 }}
      />
      <TableContainer>
        <Table size="small" data-testid="workload-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('supervisor.adjuster')}</TableCell>
              <TableCell align="right">{t('supervisor.open')}</TableCell>
              <TableCell align="right">{t('supervisor.atRisk')}</TableCell>
              <TableCell align="right">{t('supervisor.breached')}</TableCell>
              <TableCell align="right">{t('supervisor.claimed')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.assigneeId} hover>
                <TableCell>{row.assigneeName}</TableCell>
                <TableCell align="right">{row.open}</TableCell>
                <TableCell align="right">{row.atRisk}</TableCell>
                <TableCell
                  align="right"
                  sx={{ color: row.breached > 0 ? 'error.main' : undefined, fontWeight: 600 }}
                >
                  {row.breached}
                </TableCell>
                <TableCell align="right">{formatFen(row.openClaimedFen)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
