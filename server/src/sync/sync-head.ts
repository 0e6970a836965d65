import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { PokeHub } from './pokes';
import { latestSeq } from './pull';

const SAFETY_REFRESH_MS = 5_000;

/**
 * The newest committed sequence and the oldest servable cursor, kept in
 * memory from pokes (every instance hears every commit through them) and
 * re-read every few seconds in case a notification was lost. A pull whose
 * cursor is already at the head is answered without touching the database —
 * most pulls are such no-ops. A stale head only ever delays a change until
 * the next poke; it never advances a cursor past one.
 */
export class SyncHead {
  private latestSeq = 0;
  private minCursorValue = 0;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  private constructor(private readonly db: Kysely<Database>) {}

  static async start(db: Kysely<Database>, pokes: PokeHub): Promise<SyncHead> {
    const head = new SyncHead(db);
    head.unsubscribe = pokes.subscribe((latest) => head.advance(latest));
    await head.refresh();
    head.timer = setInterval(() => void head.refresh().catch(() => undefined), SAFETY_REFRESH_MS);
    head.timer.unref();
    return head;
  }

  get latest(): number {
    return this.latestSeq;
  }

  get minCursor(): number {
    return this.minCursorValue;
  }

  advance(latest: number): void {
    if (latest > this.latestSeq) this.latestSeq = latest;
  }

  async refresh(): Promise<void> {
    const [latest, minCursor] = await Promise.all([
      latestSeq(this.db),
      this.db
        .selectFrom('sync_state')
        .select('value')
        .where('name', '=', 'min_cursor')
        .executeTakeFirst(),
    ]);
    this.advance(latest);
    this.minCursorValue = minCursor?.value ?? 0;
  }

  /** True when a pull from `cursor` can have nothing to return. */
  isNoop(cursor: number): boolean {
    return cursor >= this.latestSeq && (cursor === 0 || cursor >= this.minCursorValue);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
  }
}
