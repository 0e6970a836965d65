import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import { useSession, useSignedInUser } from '../app/session-context';
import { database } from '../data/db';
import { platform } from '../platform';
import { SyncController, type SyncStatus } from './controller';
import { SyncEngine } from './engine';
import { httpTransport } from './http-transport';
import { restoreFromJournal } from './journal-restore';
import { ensureSession, queueMutation } from './local-mutations';
import { openPokeStream } from './poke-stream';
import { uploadQueuedFiles } from './uploads';

interface SyncContextValue {
  controller: SyncController | null;
  /** Why sync could not start on this device (another user's unsynced data), if so. */
  blocked: string | null;
  queue<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
    base?: Record<string, number>,
  ): Promise<void>;
}

const SyncContext = createContext<SyncContextValue | null>(null);

/**
 * Runs sync for the signed-in user on this device: restores anything the
 * desktop journal holds, asks the browser to keep local data, then syncs on
 * start, on pokes, on reconnection and after every local change.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const user = useSignedInUser();
  const { central, refresh } = useSession();
  const [controller, setController] = useState<SyncController | null>(null);
  const [blocked, setBlocked] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    void (async () => {
      try {
        if (platform.journal) await restoreFromJournal(database, platform.journal, user.id);
        await ensureSession(database, user.id);
      } catch (error) {
        if (!cancelled) setBlocked(error instanceof Error ? error.message : String(error));
        return;
      }
      // Persistent storage keeps the browser from evicting unsynced work under pressure.
      void navigator.storage?.persist?.().catch(() => false);
      const engine = new SyncEngine(
        database,
        httpTransport(central),
        platform.journal,
        Date.now,
        (phase) => uploadQueuedFiles(database, central, undefined, phase),
      );
      const next = new SyncController({
        engine,
        isOnline: platform.isOnline,
        refreshSession: refresh,
      });
      const offOnline = platform.onOnlineChange(() => next.networkChanged());
      const closePokes = openPokeStream({
        url: new URL('/api/sync/events', central.baseUrl).toString(),
        token: () => central.accessToken(),
        onPoke: () => next.requestSync(),
        onOpen: () => next.requestSync(),
      });
      next.start();
      cleanup = () => {
        next.stop();
        offOnline();
        closePokes();
      };
      if (cancelled) cleanup();
      else setController(next);
    })();
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [user.id, central, refresh]);

  const queue = useCallback(
    async <N extends MutationName>(
      name: N,
      args: MutationArgs<N>,
      base: Record<string, number> = {},
    ) => {
      await queueMutation(database, { userId: user.id, teamId: user.teamId }, name, args, base, {
        journal: platform.journal,
      });
      controller?.localChange();
    },
    [user.id, user.teamId, controller],
  );

  const value = useMemo(() => ({ controller, blocked, queue }), [controller, blocked, queue]);
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncContextValue {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync must be used inside SyncProvider');
  return value;
}

const STARTING: SyncStatus = {
  connection: 'online',
  phase: 'idle',
  lastSyncedAt: null,
  error: null,
  nextRetryAt: null,
};

export function useSyncStatus(): SyncStatus {
  const { controller } = useSync();
  const subscribe = useCallback(
    (listener: () => void) => controller?.subscribe(listener) ?? (() => undefined),
    [controller],
  );
  return useSyncExternalStore(subscribe, () => controller?.status ?? STARTING);
}
