import Dexie from 'dexie';
import { database, type WorkstationDatabase } from '../db';
import type { CaseDigest } from './digest';
import { DIGESTS } from './middleware';
import { allDigests, parseBuckets, type ParsedBucket } from './read';

export interface DigestFeedState {
  /** Undefined until the first read is done. */
  readonly digests: readonly CaseDigest[] | undefined;
  /** Why the last read failed, if it did. */
  readonly error: Error | null;
}

/**
 * Every case digest on this device, kept current: read once (as early as
 * the app starts, so the read overlaps its boot), then again whenever a
 * write reaches the digests, in this window or another. A read parses only
 * the buckets whose stamp changed.
 */
export class DigestFeed {
  private buckets: ReadonlyMap<number, ParsedBucket> = new Map();
  private state: DigestFeedState = { digests: undefined, error: null };
  private readonly listeners = new Set<() => void>();
  private started = false;
  private reading = false;
  private again = false;

  constructor(private readonly db: WorkstationDatabase) {}

  /** Starts reading; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const prefix = `idb://${this.db.name}/${DIGESTS}/`;
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) this.refresh();
    });
    this.refresh();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same object until a read completes. */
  getSnapshot = (): DigestFeedState => this.state;

  private refresh(): void {
    // A write landing mid-read may be missed by it: read once more after.
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    void this.read();
  }

  private async read(): Promise<void> {
    do {
      this.again = false;
      try {
        const rows = await this.db.caseDigests.toArray();
        this.buckets = parseBuckets(rows, this.buckets);
        this.state = { digests: allDigests(this.buckets), error: null };
      } catch (error) {
        // The last good digests stay shown; the error says why they may be behind.
        const reason = error instanceof Error ? error : new Error(String(error));
        this.state = { digests: this.state.digests, error: reason };
      }
      for (const listener of this.listeners) listener();
    } while (this.again);
    this.reading = false;
  }
}

export const caseDigestFeed = new DigestFeed(database);
