import {
  Box,
  Chip,
  CircularProgress,
  Paper,
  Stack,
  Tooltip,
  Typography,
  useTheme,
} from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOGUE, type KpiDefinition, type KpiResult } from '@shared/domain/kpi';
import { usePreferences } from '../../app/preferences-context';
import { formatKpi, formatTarget } from './kpi-format';
import { useKpis } from './use-kpis';

/** Every KPI of the customer's targets: this period's figure, the target, and twelve weeks of trend. */
export function KpiDashboard() {
  const report = useKpis();
  if (!report) return <CircularProgress aria-busy />;
  return (
    <Box
      data-testid="kpi-dashboard"
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))' }}
    >
      {KPI_CATALOGUE.map((definition, i) => {
        const result = report.kpis[i];
        return result ? (
          <KpiCard key={definition.id} definition={definition} result={result} />
        ) : null;
      })}
    </Box>
  );
}

function KpiCard({ definition, result }: { definition: KpiDefinition; result: KpiResult }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const theme = useTheme();
  const colour =
    result.met === null
      ? theme.palette.text.secondary
      : result.met
        ? theme.palette.success.main
        : theme.palette.error.main;
  const weeks = result.trend.map((p) =>
    new Date(p.weekStart).toLocaleDateString(language, {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'Asia/Shanghai',
    }),
  );
  const scale = definition.unit === 'share' ? 100 : 1;
  return (
    <Paper sx={{ p: 2 }} data-testid={`kpi-${definition.id}`}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
        <Tooltip title={definition.definition[language]}>
          <Typography variant="subtitle2" sx={{ flexGrow: 1, cursor: 'help' }}>
            {definition.label[language]}
          </Typography>
        </Tooltip>
        <Chip
          size="small"
          variant="outlined"
          label={
            result.met === null ? t('kpi.noData') : result.met ? t('kpi.met') : t('kpi.missed')
          }
          sx={{ color: colour, borderColor: colour }}
        />
      </Stack>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1 }}>
        <Typography variant="h5" sx={{ fontWeight: 700, color: colour }} data-testid="kpi-value">
          {formatKpi(result.value, definition.unit, language)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('kpi.target', { target: formatTarget(definition.target, definition.unit, language) })}
          {' · '}
          {t('kpi.sample', { count: result.sample })}
        </Typography>
      </Stack>
      <LineChart
        height={130}
        margin={{ top: 8, bottom: 0, left: 0, right: 8 }}
        xAxis={[
          {
            data: weeks,
            scaleType: 'point',
            // Every third week: twelve dates do not fit a card's width.
            tickLabelInterval: (_: string, i: number) => i % 3 === 0,
            // CJK fonts measure taller than the default axis allows, which would blank the labels.
            height: 32,
          },
        ]}
        yAxis={[
          {
            width: 44,
            ...(scale === 100 ? { min: 0, max: 100 } : { min: 0 }),
            valueFormatter: (v: number) => (scale === 100 ? `${v}%` : String(v)),
          },
        ]}
        series={[
          {
            data: result.trend.map((p) => (p.value === null ? null : p.value * scale)),
            color: theme.palette.primary.main,
            showMark: true,
            curve: 'linear',
            connectNulls: true,
            valueFormatter: (v: number | null) =>
              v === null ? '—' : formatKpi(v / scale, definition.unit, language),
          },
        ]}
        hideLegend
      />
    </Paper>
  );
}
