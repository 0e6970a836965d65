import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import type { ICellRendererParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-context';
import type { QueueRow, SlaState } from './queue-row';
import { countdown, formatCountdown } from './sla-countdown';

type Cell = ICellRendererParams<QueueRow>;

const SLA_COLOR: Record<SlaState, 'error' | 'warning' | 'success' | 'default'> = {
  breached: 'error',
  'at-risk': 'warning',
  ok: 'success',
  none: 'default',
};

/** The next deadline: a coloured countdown, with the clock's name and next action on hover. */
export function SlaCell({ data }: Cell) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const clock = data?.clock;
  if (!data || !clock) return null;
  const text = formatCountdown(countdown(clock.remainingMs), language);
  return (
    <Tooltip
      title={
        <Stack spacing={0.5}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {clock.label[language]}
          </Typography>
          <Typography variant="caption">
            {t('queue.sla.due', {
              time: new Date(clock.dueAt).toLocaleString(language, {
                dateStyle: 'short',
                timeStyle: 'short',
              }),
            })}
          </Typography>
          <Typography variant="caption">
            {t('queue.sla.nextAction', { action: clock.nextAction[language] })}
          </Typography>
          <Typography variant="caption" color="inherit" sx={{ opacity: 0.8 }}>
            {clock.basis}
          </Typography>
        </Stack>
      }
    >
      <Chip
        size="small"
        variant={data.slaState === 'ok' ? 'outlined' : 'filled'}
        color={SLA_COLOR[data.slaState]}
        label={text}
        data-testid="sla-cell"
        data-sla={data.slaState}
      />
    </Tooltip>
  );
}

/** The score, and on hover the parts it is made of: why this case is where it is. */
export function PriorityCell({ data }: Cell) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  if (!data || !data.open) return null;
  const { score, components } = data.priority;
  return (
    <Tooltip
      title={
        <Stack spacing={0.25} data-testid="priority-why">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('queue.priorityWhy')}
          </Typography>
          {components.map((c) => (
            <Stack key={c.id} direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
              <Typography variant="caption">{c.label[language]}</Typography>
              <Typography variant="caption" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                +{c.points.toLocaleString(language)}
              </Typography>
            </Stack>
          ))}
        </Stack>
      }
    >
      <Box
        component="span"
        data-testid="priority-cell"
        sx={{ fontVariantNumeric: 'tabular-nums', cursor: 'help' }}
      >
        {score.toLocaleString(language)}
      </Box>
    </Tooltip>
  );
}

export function MarkersCell({ data }: Cell) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ height: '100%', alignItems: 'center' }}>
      {data.greenChannel ? (
        <Tooltip title={t('queue.greenChannelHint')}>
          <Chip size="small" color="success" label={t('queue.greenChannel')} />
        </Tooltip>
      ) : null}
      {data.disaster ? (
        <Tooltip title={t('queue.disasterHint')}>
          <Chip size="small" color="warning" label={t('queue.disaster')} />
        </Tooltip>
      ) : null}
    </Stack>
  );
}

export function FlagsCell({ data }: Cell) {
  const { t } = useTranslation();
  if (!data || data.openFlags === 0) return null;
  return (
    <Tooltip title={t('queue.openFlagsHint', { count: data.openFlags })}>
      <Chip size="small" color="error" variant="outlined" label={data.openFlags} />
    </Tooltip>
  );
}
