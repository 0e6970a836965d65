import { Typography } from '@mui/material';
import type { SlaClock } from '@shared/domain/sla';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-context';

/** What a clock's tooltip says under its name: when it is due, what to do next, and the rule behind it. */
export function ClockDetails({ clock, dueLine }: { clock: SlaClock; dueLine: string }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  return (
    <>
      <Typography variant="caption">{dueLine}</Typography>
      <Typography variant="caption">
        {t('queue.sla.nextAction', { action: clock.nextAction[language] })}
      </Typography>
      <Typography variant="caption" sx={{ opacity: 0.8 }}>
        {clock.basis}
      </Typography>
    </>
  );
}
