import {
  Alert,
  Box,
  Button,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoUsersResponse, type DemoUser } from '@shared/schemas/auth';
import { useSession } from '../../app/session-context';
import { CentralError } from '../../sync/central-client';

export function SignInPage({ notice }: { notice: 'expired' | null }) {
  const { t } = useTranslation();
  const { signIn, central } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(
    notice === 'expired' ? t('auth.sessionExpired') : null,
  );
  const [demo, setDemo] = useState<DemoUsersResponse | null>(null);

  useEffect(() => {
    central.get('/api/auth/demo-users', DemoUsersResponse).then(setDemo, (cause: unknown) => {
      // 404 means a real installation with no demo accounts: nothing to list.
      if (cause instanceof CentralError && cause.status === 404) return;
      setError(t('auth.centralUnreachable', { url: central.baseUrl, reason: errorText(cause) }));
    });
  }, [central, t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (cause) {
      setError(errorText(cause));
      setBusy(false);
    }
  }

  function pick(user: DemoUser) {
    setUsername(user.username);
    if (demo) setPassword(demo.password);
  }

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 3,
        bgcolor: 'background.default',
      }}
    >
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={3}
        sx={{ width: '100%', maxWidth: 960 }}
      >
        <Paper
          sx={{ p: 4, flex: '1 1 50%' }}
          component="form"
          onSubmit={submit}
          aria-labelledby="sign-in-title"
        >
          <Typography id="sign-in-title" variant="h5" component="h1" sx={{ fontWeight: 700 }}>
            {t('auth.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {t('auth.subtitle')}
          </Typography>
          <Stack spacing={2}>
            {error ? (
              <Alert severity="error" data-testid="sign-in-error">
                {error}
              </Alert>
            ) : null}
            <TextField
              label={t('auth.username')}
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoFocus
            />
            <TextField
              label={t('auth.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={busy}
              data-testid="sign-in-submit"
            >
              {busy ? t('auth.signingIn') : t('auth.signIn')}
            </Button>
          </Stack>
        </Paper>
        {demo ? (
          <Paper
            sx={{ flex: '1 1 50%', display: 'flex', flexDirection: 'column', maxHeight: 560 }}
            data-testid="demo-users"
          >
            <Box sx={{ p: 2, pb: 1 }}>
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
                {t('auth.demoUsers')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('auth.demoHint', { password: demo.password })}
              </Typography>
            </Box>
            <List dense sx={{ overflow: 'auto', pt: 0 }}>
              {groupByTeam(demo.users).map(([team, users]) => (
                <li key={team ?? 'company'}>
                  <ul style={{ padding: 0 }}>
                    <ListSubheader sx={{ lineHeight: '32px' }}>
                      {team ?? t('auth.noTeam')}
                    </ListSubheader>
                    {users.map((user) => (
                      <ListItemButton
                        key={user.username}
                        onClick={() => pick(user)}
                        data-testid={`demo-user-${user.username}`}
                      >
                        <ListItemText primary={user.displayName} secondary={user.username} />
                        <Chip size="small" label={t(`roles.${user.role}`)} variant="outlined" />
                      </ListItemButton>
                    ))}
                  </ul>
                </li>
              ))}
            </List>
          </Paper>
        ) : null}
      </Stack>
    </Box>
  );
}

function groupByTeam(users: DemoUser[]): [string | null, DemoUser[]][] {
  const groups = new Map<string | null, DemoUser[]>();
  for (const user of users) groups.set(user.teamName, [...(groups.get(user.teamName) ?? []), user]);
  return [...groups.entries()];
}

function errorText(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
