import Dexie from 'dexie';
import type { WorkstationDatabase } from './db';

export interface FeedState<T> {
  /** Undefined until the first read is done. */
  readonly value: T | undefined;
  /** Why the last read failed, if it did. */
  readonly error: Error | null;
}

export interface FeedReader<T> {
  /**
   * What the tables hold now, given what is shown; returning `shown` itself
   * means nothing changed.
   */
  read(shown: T | undefined): Promise<T>;
  /** Upkeep after a read was shown (e.g. compacting); its failure is the reader's to handle. */
  afterRead?(): Promise<void>;
}

/**
 * A read of some tables kept current for the screens: read once when
 * started (as early as the app starts, so the read overlaps its boot, not
 * the first render), then again whenever a write reaches one of the tables,
 * in this window or another. Reads never overlap; a write that lands during
 * one gets one more read after it.
 */
export class StoreFeed<T> {
  private state: FeedState<T> = { value: undefined, error: null };
  private readonly listeners = new Set<() => void>();
  private started = false;
  private reading = false;
  private again = false;

  constructor(
    private readonly db: WorkstationDatabase,
    private readonly tables: readonly string[],
    private readonly reader: FeedReader<T>,
  ) {}

  /** Starts reading; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const prefixes = this.tables.map((table) => `idb://${this.db.name}/${table}/`);
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
  getSnapshot = (): FeedState<T> => this.state;

  private refresh(): void {
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
        const value = await this.reader.read(this.state.value);
        if (value !== this.state.value || this.state.error) this.publish({ value, error: null });
        await this.reader.afterRead?.();
      } catch (error) {
        // The last good value stays shown; the error says why it may be behind.
        const reason = error instanceof Error ? error : new Error(String(error));
        this.publish({ value: this.state.value, error: reason });
      }
    } while (this.again);
    this.reading = false;
  }

  private publish(state: FeedState<T>): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
