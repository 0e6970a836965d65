import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SessionUser } from '@shared/schemas/auth';
import { usePreferences } from '../../app/preferences-context';
import { useSession, useSignedInUser } from '../../app/session-context';
import { isLocked, setLocked } from '../../data/lock-state';
import { checkVerifier } from '../../data/unlock-verifier';
import { CentralError } from '../../sync/central-client';
import { useIdleTimeout } from './use-idle-timeout';

export type UnlockResult = 'unlocked' | 'wrong-password' | 'needs-network';

interface LockContextValue {
  /** 'checking' until the stored lock flag is read, so a locked device never flashes its data. */
  state: 'checking' | 'locked' | 'open';
  lock(): void;
  unlock(password: string): Promise<UnlockResult>;
}

const LockContext = createContext<LockContextValue | null>(null);

/**
 * Locks the workstation after the configured idle time or on request, and
 * keeps it locked across reloads. Unlocking is signing in again as the same
 * user: against the service when it answers, else against this device's
 * verifier of the last online sign-in. Sync keeps running while locked.
 */
export function LockProvider({ children }: { children: ReactNode }) {
  const user = useSignedInUser();
  const { signIn } = useSession();
  const { autoLockMinutes } = usePreferences();
  const [locked, setLockedState] = useState<boolean | null>(null);

  useEffect(() => {
    let cancelled = false;
    void isLocked().then((value) => {
      if (!cancelled) setLockedState(value);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const lock = useCallback(() => {
    setLockedState(true);
    void setLocked(true);
  }, []);
  useIdleTimeout(autoLockMinutes * 60_000, lock, locked === false);

  const unlock = useCallback(
    async (password: string): Promise<UnlockResult> => {
      const result = await verifyPassword(password, user, signIn);
      if (result === 'unlocked') {
        await setLocked(false);
        setLockedState(false);
      }
      return result;
    },
    [user, signIn],
  );

  const state: LockContextValue['state'] =
    locked === null ? 'checking' : locked ? 'locked' : 'open';
  const value = useMemo(() => ({ state, lock, unlock }), [state, lock, unlock]);
  return <LockContext.Provider value={value}>{children}</LockContext.Provider>;
}

export function useLock(): LockContextValue {
  const value = useContext(LockContext);
  if (!value) throw new Error('useLock must be used inside LockProvider');
  return value;
}

async function verifyPassword(
  password: string,
  user: SessionUser,
  signIn: (username: string, password: string) => Promise<void>,
): Promise<UnlockResult> {
  try {
    await signIn(user.username, password);
    return 'unlocked';
  } catch (error) {
    if (error instanceof CentralError && error.status === 401) return 'wrong-password';
    if (!(error instanceof CentralError && error.status === 'unreachable')) throw error;
  }
  const offline = await checkVerifier(user.id, password);
  if (offline === 'match') return 'unlocked';
  return offline === 'mismatch' ? 'wrong-password' : 'needs-network';
}
