import LockOutlined from '@mui/icons-material/LockOutlined';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSignedInUser } from '../../app/session-context';
import { useLock, type UnlockResult } from './lock-context';

/** Covers the whole workstation while locked: nothing of any case is on screen. */
export function LockScreen() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { signOut } = useSession();
  const { unlock } = useLock();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Exclude<UnlockResult, 'unlocked'> | 'failed' | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await unlock(password);
      if (result !== 'unlocked') {
        setProblem(result);
        setPassword('');
      }
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      data-testid="lock-screen"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        bgcolor: 'background.default',
      }}
    >
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: '100%', maxWidth: 400 }}>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <LockOutlined color="primary" />
            <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
              {t('lock.title')}
            </Typography>
          </Stack>
          <Typography color="text.secondary">
            {t('lock.explain', { name: user.displayName })}
          </Typography>
          {problem ? <Alert severity="error">{t(`lock.problem.${problem}`)}</Alert> : null}
          <TextField
            label={t('auth.password')}
            type="password"
            autoFocus
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'unlock-password' } }}
          />
          <Button type="submit" variant="contained" disabled={busy || password === ''}>
            {t('lock.unlock')}
          </Button>
          <Button color="inherit" onClick={() => void signOut()}>
            {t('lock.switchUser')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
