import { Chip, Stack, Tooltip } from '@mui/material';
import type { SlaClock } from '@shared/domain/sla';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../../app/preferences-context';
import { ClockDetails } from '../../queue/ClockDetails';
import { countdown, formatCountdown } from '../../queue/sla-countdown';

const COLOR = {
  breached: 'error',
  'at-risk': 'warning',
  ok: 'success',
  met: 'default',
} as const;

/** Deadlines as coloured countdowns, each naming its clock, with due time and next step on hover. */
export function ClockChips({ clocks, testId }: { clocks: readonly SlaClock[]; testId: string }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid={testId}>
      {clocks.map((clock) => (
        <Tooltip
          key={clock.id}
          title={
            <Stack spacing={0.5}>
              <ClockDetails
                clock={clock}
                dueLine={t('caseWork.clockDue', { time: when.format(clock.dueAt) })}
              />
            </Stack>
          }
        >
          <Chip
            size="small"
            variant={clock.state === 'ok' || clock.state === 'met' ? 'outlined' : 'filled'}
            color={COLOR[clock.state]}
            data-testid="clock"
            data-kind={clock.kind}
            data-state={clock.state}
            label={`${clock.label[language]} · ${
              clock.metAt === undefined
                ? formatCountdown(countdown(clock.remainingMs), language)
                : t(`caseWork.clockState.${clock.state}`)
            }`}
          />
        </Tooltip>
      ))}
    </Stack>
  );
}
