import { Box, CircularProgress } from '@mui/material';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { BlockedNavigationNotice } from './BlockedNavigationNotice';
import { LockProvider, useLock } from '../features/lock/lock-context';
import { LockScreen } from '../features/lock/LockScreen';
import { SyncProvider } from '../sync/sync-context';
import { createAppRouter } from './routes';
import { SessionProvider, useSession } from './session-context';

export function App({ centralUrl }: { centralUrl: string }) {
  return (
    <SessionProvider centralUrl={centralUrl}>
      <SessionGate />
      <BlockedNavigationNotice />
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
  return (
    <SyncProvider>
      <LockProvider>
        <LockGate />
      </LockProvider>
    </SyncProvider>
  );
}

/** While locked, the screens are unmounted, not hidden; sync carries on underneath. */
function LockGate() {
  const { state } = useLock();
  const router = useMemo(() => createAppRouter(), []);
  if (state === 'checking') return null;
  if (state === 'locked') return <LockScreen />;
  return <RouterProvider router={router} />;
}
