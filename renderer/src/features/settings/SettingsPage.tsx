import {
  Alert,
  Button,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { usePreferences } from '../../app/preferences-context';
import { platform, type AppInfo } from '../../platform';
import { AutoLockSetting } from './AutoLockSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  const { language, setLanguage, themeMode, setThemeMode } = usePreferences();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, []);

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <Paper sx={{ p: 2.5 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 2 }}>
            {t('settings.appearance')}
          </Typography>
          <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary" id="language-label">
                {t('settings.language')}
              </Typography>
              <ToggleButtonGroup
                exclusive
                size="small"
                value={language}
                aria-labelledby="language-label"
                onChange={(_e, value: unknown) => isLanguage(value) && setLanguage(value)}
              >
                <ToggleButton value="zh-CN" data-testid="language-zh">
                  简体中文
                </ToggleButton>
                <ToggleButton value="en" data-testid="language-en">
                  English
                </ToggleButton>
              </ToggleButtonGroup>
            </Stack>
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary" id="theme-label">
                {t('settings.theme')}
              </Typography>
              <ToggleButtonGroup
                exclusive
                size="small"
                value={themeMode}
                aria-labelledby="theme-label"
                onChange={(_e, value: unknown) =>
                  (value === 'light' || value === 'dark') && setThemeMode(value)
                }
              >
                <ToggleButton value="light">{t('settings.themeLight')}</ToggleButton>
                <ToggleButton value="dark">{t('settings.themeDark')}</ToggleButton>
              </ToggleButtonGroup>
            </Stack>
          </Stack>
        </Paper>
        <AutoLockSetting />
        {platform.setCentralUrl && info ? (
          <CentralUrlSetting info={info} save={platform.setCentralUrl} />
        ) : null}
        <Paper sx={{ p: 2.5 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
            {t('settings.about')}
          </Typography>
          <Typography variant="body2">
            {t('settings.version')}: {info?.version ?? t('common.loading')}
          </Typography>
          <Typography variant="body2">
            {t('settings.runtime')}:{' '}
            {platform.kind === 'electron'
              ? t('settings.runtimeElectron')
              : t('settings.runtimeWeb')}
          </Typography>
        </Paper>
      </Stack>
    </>
  );
}

function CentralUrlSetting({
  info,
  save,
}: {
  info: AppInfo;
  save: (url: string | null) => Promise<{ restartRequired: boolean }>;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(info.embeddedCentral ? '' : info.centralUrl);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const valid = value.trim() === '' || /^https?:\/\/[^\s]+$/i.test(value.trim());

  async function submit() {
    try {
      await save(value.trim() === '' ? null : value.trim());
      setResult({ ok: true, message: t('settings.saved') });
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <Paper sx={{ p: 2.5 }}>
      <Stack spacing={1.5}>
        <TextField
          label={t('settings.centralUrl')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={!valid}
          helperText={valid ? t('settings.centralUrlHelp') : t('settings.invalidUrl')}
          placeholder="https://claims.example.com"
        />
        <Stack direction="row">
          <Button variant="contained" disabled={!valid} onClick={() => void submit()}>
            {t('settings.save')}
          </Button>
        </Stack>
        {result ? <Alert severity={result.ok ? 'success' : 'error'}>{result.message}</Alert> : null}
      </Stack>
    </Paper>
  );
}
