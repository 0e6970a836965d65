import { Box, CircularProgress } from '@mui/material';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { SyncProvider } from '../sync/sync-context';
import { createAppRouter } from './routes';
import { SessionProvider, useSession } from './session-context';

export function App({ centralUrl }: { centralUrl: string }) {
  return (
    <SessionProvider centralUrl={centralUrl}>
      <SessionGate />
    </SessionProvider>
  );
}

function SessionGate() {
  const { state } = useSession();
  if (state.status === 'starting') {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <CircularProgress aria-busy />
      </Box>
    );
  }
  if (state.status === 'signed-out') return <SignInPage notice={state.notice} />;
  return <SignedInApp />;
}

function SignedInApp() {
  const router = useMemo(() => createAppRouter(), []);
  return (
    <SyncProvider>
      <RouterProvider router={router} />
    </SyncProvider>
  );
}
