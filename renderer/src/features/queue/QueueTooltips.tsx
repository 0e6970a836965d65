import { Box, Stack, Typography } from '@mui/material';
import type { CustomTooltipProps } from 'ag-grid-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-context';
import { ClockDetails } from './ClockDetails';
import type { QueueRow } from './queue-row';

type Tip = CustomTooltipProps<QueueRow>;

/** A dark box like MUI's Tooltip, for the grid's tooltips. */
function TipBox({ children, ...data }: { children: ReactNode; [data: `data-${string}`]: string }) {
  return (
    <Box
      role="tooltip"
      {...data}
      sx={(theme) => ({
        bgcolor: theme.palette.grey[800],
        color: theme.palette.common.white,
        borderRadius: 1,
        px: 1,
        py: 0.75,
        maxWidth: 320,
        boxShadow: 4,
      })}
    >
      {children}
    </Box>
  );
}

/** The next deadline's clock, due time, next action and legal basis. */
export function SlaTooltip({ data }: Tip) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const clock = data?.clock;
  if (!clock) return null;
  const due = new Date(clock.dueAt).toLocaleString(language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <TipBox data-testid="sla-why">
      <Stack spacing={0.5}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {clock.label[language]}
        </Typography>
        <ClockDetails clock={clock} dueLine={t('queue.sla.due', { time: due })} />
      </Stack>
    </TipBox>
  );
}

/** Why this case is where it is: the parts of its priority score. */
export function PriorityTooltip({ data }: Tip) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  if (!data) return null;
  return (
    <TipBox data-testid="priority-why" data-case={data.caseNumber}>
      <Stack spacing={0.25}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('queue.priorityWhy')}
        </Typography>
        {data.priority.components.map((c) => (
          <Stack key={c.id} direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
            <Typography variant="caption">{c.label[language]}</Typography>
            <Typography variant="caption" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              +{c.points.toLocaleString(language)}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </TipBox>
  );
}

/** A plain line of text: the flags' and markers' hints. */
export function TextTooltip({ value }: Tip) {
  return typeof value === 'string' && value ? (
    <TipBox>
      <Typography variant="caption">{value}</Typography>
    </TipBox>
  ) : null;
}
