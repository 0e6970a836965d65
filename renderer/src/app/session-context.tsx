import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { SignInResponse, type SessionUser } from '@shared/schemas/auth';
import { z } from 'zod';
import {
  forgetSessionUser,
  rememberedSessionUser,
  rememberSessionUser,
} from '../data/session-cache';
import { setLocked } from '../data/lock-state';
import { forgetVerifier, rememberVerifier } from '../data/unlock-verifier';
import { platform } from '../platform';
import { CentralError, createCentralClient, type CentralClient } from '../sync/central-client';
import { workstationFetcher } from '../sync/off-thread-fetch';

type SessionState =
  | { status: 'starting' }
  | { status: 'signed-out'; notice: 'expired' | null }
  | { status: 'signed-in'; user: SessionUser };

interface SessionContextValue {
  state: SessionState;
  central: CentralClient;
  /** A fresh access token from the stored refresh token; false when the user must sign in again. */
  refresh(): Promise<boolean>;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** One for every client of the app: its worker starts with the first request. */
const fetcher = workstationFetcher();

/** Who is signed in, and the client that speaks to the central service on their behalf. */
/**
 * Who is signed in, and the client that speaks to the central service on
 * their behalf. The short-lived access token lives in memory only; the
 * refresh token is kept by the platform (the OS keychain on the desktop) and
 * rotated on every use.
 */
export function SessionProvider({
  centralUrl,
  children,
}: {
  centralUrl: string;
  children: ReactNode;
}) {
  const [state, setState] = useState<SessionState>({ status: 'starting' });
  const token = useRef<string | null>(null);

  const central = useMemo(() => {
    const adopt = async (session: SignInResponse) => {
      token.current = session.accessToken;
      await platform.tokens.store(session.refreshToken);
    };
    // One refresh at a time: parallel 401s share it instead of reusing a rotated token.
    let refreshing: Promise<boolean> | null = null;
    const refresh = (): Promise<boolean> => {
      refreshing ??= (async () => {
        const refreshToken = await platform.tokens.load().catch(() => null);
        if (!refreshToken) return false;
        try {
          await adopt(await bare.post('/api/auth/refresh', { refreshToken }, SignInResponse));
          return true;
        } catch (error) {
          if (error instanceof CentralError && error.status === 401) {
            await platform.tokens.clear();
            setState({ status: 'signed-out', notice: 'expired' });
            return false;
          }
          // Unreachable: not a verdict on the session; the caller retries later.
          throw error;
        } finally {
          refreshing = null;
        }
      })();
      return refreshing;
    };
    const bare = createCentralClient(centralUrl, () => null, undefined, fetcher);
    const client = createCentralClient(centralUrl, () => token.current, refresh, fetcher);
    return { client, bare, adopt, refresh };
  }, [centralUrl]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const refreshToken = await platform.tokens.load().catch(() => null);
      if (!refreshToken) {
        if (!cancelled) setState({ status: 'signed-out', notice: null });
        return;
      }
      try {
        const session = await central.bare.post(
          '/api/auth/refresh',
          { refreshToken },
          SignInResponse,
        );
        await central.adopt(session);
        await rememberSessionUser(session.user);
        if (!cancelled) setState({ status: 'signed-in', user: session.user });
      } catch (error) {
        const expired = error instanceof CentralError && error.status === 401;
        if (expired) await platform.tokens.clear();
        // No network: open with the local data of the user last signed in; sync signs in again later.
        const offlineUser = expired ? null : await rememberedSessionUser();
        if (cancelled) return;
        setState(
          offlineUser
            ? { status: 'signed-in', user: offlineUser }
            : { status: 'signed-out', notice: expired ? 'expired' : null },
        );
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [central]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const session = await central.bare.post(
        '/api/auth/sign-in',
        { username, password },
        SignInResponse,
      );
      await central.adopt(session);
      await rememberSessionUser(session.user);
      // Lets the lock screen check this password later with no network;
      // hashing takes a moment, so sign-in does not wait for it.
      void rememberVerifier(session.user.id, password).catch(() => undefined);
      setState({ status: 'signed-in', user: session.user });
    },
    [central],
  );

  const signOut = useCallback(async () => {
    const refreshToken = await platform.tokens.load().catch(() => null);
    token.current = null;
    await platform.tokens.clear();
    await forgetSessionUser();
    await forgetVerifier();
    await setLocked(false);
    setState({ status: 'signed-out', notice: null });
    if (refreshToken) {
      await central.bare
        .post('/api/auth/sign-out', { refreshToken }, SignedOut)
        .catch(() => undefined);
    }
  }, [central]);

  const value = useMemo(
    () => ({ state, central: central.client, refresh: central.refresh, signIn, signOut }),
    [state, central, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

const SignedOut = z.object({ signedOut: z.literal(true) });

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** For screens behind sign-in: the user is always there. */
export function useSignedInUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in')
    throw new Error('useSignedInUser used outside a signed-in screen');
  return state.user;
}
