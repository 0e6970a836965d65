import type { SyncEngine } from './engine';
import { SyncError } from './transport';

export type ConnectionMode = 'online' | 'offline' | 'working-offline';

export interface SyncStatus {
  connection: ConnectionMode;
  phase: 'idle' | 'syncing' | 'waiting-to-retry' | 'stopped';
  lastSyncedAt: number | null;
  /** Plain words for the last failure; null after a success. */
  error: string | null;
  nextRetryAt: number | null;
}

const MAX_BACKOFF_MS = 60_000;
const PERIODIC_MS = 60_000;
const LOCAL_CHANGE_DEBOUNCE_MS = 250;

export interface ControllerDeps {
  engine: SyncEngine;
  isOnline(): boolean;
  /** Tries to get a fresh access token; false when the user must sign in again. */
  refreshSession(): Promise<boolean>;
  now?: () => number;
  random?: () => number;
}

/**
 * Decides when to sync: at start, on pokes, when the network returns, soon
 * after a local change, and every minute; retries transient failures with
 * exponential backoff and jitter; never while the user works offline.
 */
export class SyncController {
  private state: SyncStatus;
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private periodic: ReturnType<typeof setInterval> | null = null;
  private workOffline = false;

  constructor(private readonly deps: ControllerDeps) {
    this.state = {
      connection: deps.isOnline() ? 'online' : 'offline',
      phase: 'idle',
      lastSyncedAt: null,
      error: null,
      nextRetryAt: null,
    };
  }

  get status(): SyncStatus {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    this.periodic = setInterval(() => this.requestSync(), PERIODIC_MS);
    this.requestSync();
  }

  stop(): void {
    if (this.periodic) clearInterval(this.periodic);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.set({ phase: 'stopped' });
  }

  setWorkOffline(on: boolean): void {
    this.workOffline = on;
    this.updateConnection();
    if (!on) this.requestSync();
  }

  networkChanged(): void {
    this.updateConnection();
    if (this.state.connection === 'online') {
      this.attempt = 0;
      this.requestSync();
    }
  }

  /** A local change was queued: push it soon, batching a burst of edits. */
  localChange(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.requestSync(), LOCAL_CHANGE_DEBOUNCE_MS);
  }

  requestSync(): void {
    if (this.state.phase === 'stopped' || this.state.connection !== 'online') return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.requestSync();
      }
    });
  }

  /** Resolves when no sync is running (tests and sign-out use it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    this.set({ phase: 'syncing' });
    try {
      await this.deps.engine.sync();
      this.attempt = 0;
      this.set({
        phase: 'idle',
        error: null,
        lastSyncedAt: (this.deps.now ?? Date.now)(),
        nextRetryAt: null,
      });
    } catch (error) {
      await this.failed(error);
    }
  }

  private async failed(error: unknown): Promise<void> {
    const syncError =
      error instanceof SyncError
        ? error
        : new SyncError('transient', error instanceof Error ? error.message : String(error));
    // A refresh that cannot reach the service says nothing about the session: back off and retry.
    const refreshed =
      syncError.kind === 'auth' ? await this.deps.refreshSession().catch(() => null) : false;
    if (refreshed === true) {
      this.set({ phase: 'idle' });
      this.again = true;
      return;
    }
    if (
      (syncError.kind === 'auth' && refreshed === false) ||
      syncError.kind === 'upgrade-required' ||
      syncError.kind === 'refused'
    ) {
      this.set({ phase: 'stopped', error: syncError.message });
      return;
    }
    this.attempt++;
    const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.attempt - 1));
    const delay = base / 2 + (this.deps.random ?? Math.random)() * (base / 2);
    const nextRetryAt = (this.deps.now ?? Date.now)() + delay;
    this.set({ phase: 'waiting-to-retry', error: syncError.message, nextRetryAt });
    this.retryTimer = setTimeout(() => this.requestSync(), delay);
  }

  private updateConnection(): void {
    const connection: ConnectionMode = this.workOffline
      ? 'working-offline'
      : this.deps.isOnline()
        ? 'online'
        : 'offline';
    this.set({ connection });
  }

  private set(patch: Partial<SyncStatus>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
