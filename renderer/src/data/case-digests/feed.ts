import Dexie from 'dexie';
import { database, type WorkstationDatabase } from '../db';
import type { CaseDigest } from './digest';
import { readDigests, writePack, type DigestState } from './pack';
import { DIGEST_LOG, DIGEST_PACK } from './store';

export interface DigestFeedState {
  /** Undefined until the first read is done. */
  readonly digests: readonly CaseDigest[] | undefined;
  /** Why the last read failed, if it did. */
  readonly error: Error | null;
}

/**
 * Packing folds the log in once it holds this many digests, or a quarter
 * of all of them if more: often enough that opening reads little log,
 * rarely enough that a long first sync rewrites the pack a dozen times,
 * not once per page.
 */
const PACK_AFTER = 2_000;

/**
 * Every case digest on this device, kept current: read once (as early as
 * the app starts, so the read overlaps its boot), then again whenever a
 * write reaches the digests, in this window or another. A read after the
 * first folds in only the log entries written since; once the log has
 * grown, this feed packs it.
 */
export class DigestFeed {
  private held: DigestState | null = null;
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
    const prefixes = [DIGEST_LOG, DIGEST_PACK].map((table) => `idb://${this.db.name}/${table}/`);
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p))))
        this.refresh();
    });
    this.refresh();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The same object until a read finds a change. */
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
        const next = await readDigests(this.db, this.held);
        if (next !== this.held || this.state.digests === undefined || this.state.error) {
          this.held = next;
          this.publish({ digests: [...next.byId.values()], error: null });
        }
        if (next.logged >= Math.max(PACK_AFTER, next.byId.size / 4)) await this.pack(next);
      } catch (error) {
        // The last good digests stay shown; the error says why they may be behind.
        const reason = error instanceof Error ? error : new Error(String(error));
        this.publish({ digests: this.state.digests, error: reason });
      }
    } while (this.again);
    this.reading = false;
  }

  /** A pack that fails to write leaves the log as it was: reads only take longer. */
  private async pack(state: DigestState): Promise<void> {
    try {
      this.held = (await writePack(this.db, state)) ?? state;
    } catch (error) {
      console.warn('case digests not packed', error);
    }
  }

  private publish(state: DigestFeedState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export const caseDigestFeed = new DigestFeed(database);
