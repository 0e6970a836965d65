import { MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-context';

const CHOICES = [1, 5, 10, 15, 30, 60] as const;

/** How long the workstation waits without input before it locks itself. */
export function AutoLockSetting() {
  const { t } = useTranslation();
  const { autoLockMinutes, setAutoLockMinutes } = usePreferences();
  const choices = CHOICES.includes(autoLockMinutes as (typeof CHOICES)[number])
    ? CHOICES
    : [...CHOICES, autoLockMinutes].sort((a, b) => a - b);
  return (
    <Paper sx={{ p: 2.5 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 2 }}>
        {t('settings.security')}
      </Typography>
      <TextField
        select
        size="small"
        label={t('settings.autoLock')}
        value={autoLockMinutes}
        onChange={(e) => setAutoLockMinutes(Number(e.target.value))}
        helperText={t('settings.autoLockHelp')}
        sx={{ minWidth: 240 }}
        slotProps={{ htmlInput: { 'data-testid': 'auto-lock-minutes' } }}
      >
        {choices.map((minutes) => (
          <MenuItem key={minutes} value={minutes}>
            {t('settings.autoLockMinutes', { count: minutes })}
          </MenuItem>
        ))}
      </TextField>
    </Paper>
  );
}
