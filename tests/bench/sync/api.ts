/**
 * What the sync benchmark page (page.ts, bundled and run in headless
 * Chromium) offers the runner (sync.bench.ts) as `window.syncBench`. Types
 * only: both sides import it.
 */

export interface InitialSyncResult {
  ms: number;
  /** Changes the server sent and rows stored, over all pages. */
  changes: number;
  stored: number;
  pages: number;
  /** Bytes of the pull responses' bodies. */
  bytes: number;
  /** Time until the whole body was received in the fetch worker: the service's work and the transfer, summed. */
  receiveMs: number;
  /** Time inside the transport (request, download, JSON and schema parse), summed. */
  transportMs: number;
}

export interface TimedResult {
  ms: number;
  rows: number;
}

export interface DrainResult {
  /** From going online until the outbox was empty. */
  emptyMs: number;
  /** From going online until sync was idle again (the server's versions pulled back). */
  idleMs: number;
  /** Queued notes that now carry a server rowVersion. */
  confirmed: number;
  rejected: number;
}

export interface SyncBenchApi {
  signIn(username: string, databaseName: string): Promise<{ userId: string; role: string }>;
  /** An empty client's first full sync, with the real engine over HTTP. */
  initialSync(): Promise<InitialSyncResult>;
  /** Records per local table, counted after the sync and apart from its time and CPU. */
  storedCounts(): Promise<Record<string, number>>;
  /**
   * Reads everything this client synced into page memory, for the baselines:
   * its records, and the IndexedDB rows that hold them (a case's events
   * share one row).
   */
  captureRows(): Promise<{ records: number; rows: number }>;
  /**
   * The captured records replayed as pulled pages through the engine's apply step
   * (validation, stale check, bulkPut, cursor) into an empty database: the
   * client's share of an initial sync, without the network or the service.
   */
  replayApply(pageSize: number): Promise<TimedResult>;
  /** The captured IndexedDB rows, bulkPut in chunks into an empty database with the same schema. */
  rawBulkPut(chunk: number): Promise<TimedResult>;
  /** Loads the captured records as documents into a remote (pouchdb-server) database. */
  loadPouch(remoteUrl: string): Promise<TimedResult>;
  /** `PouchDB.replicate(remote, local)` into an empty pouchdb-browser database. */
  replicatePouch(remoteUrl: string): Promise<TimedResult>;
  /** Frees the captured rows and deletes the baseline databases. */
  dropBaselines(): Promise<void>;
  /** Deletes the raw and replay databases, keeping the captured rows. */
  dropDexieBaselines(): Promise<void>;
  /** Starts the app's sync controller and poke stream, as SyncProvider does. */
  goOnline(): Promise<void>;
  stopSync(): Promise<void>;
  /** Cases this user may write notes on. */
  ownCaseIds(count: number): Promise<string[]>;
  newId(): string;
  /** Starts watching the local database for a note; `seenAt` then resolves when it lands. */
  watchNote(noteId: string): void;
  seenAt(noteId: string, timeoutMs: number): Promise<number>;
  /** Queues a note as the app does (outbox + optimistic row) and nudges sync; returns when it was written. */
  writeNote(noteId: string, caseId: string): Promise<number>;
  /** Work offline, then queue `count` notes; returns the time queueing took. */
  queueOffline(count: number, caseIds: string[]): Promise<TimedResult>;
  /** Back online: time until the outbox is empty and sync is idle, for the notes queued offline. */
  drain(): Promise<DrainResult>;
  outboxSize(): Promise<number>;
}

declare global {
  interface Window {
    syncBench?: SyncBenchApi;
  }
}
