import { database, type WorkstationDatabase } from '../db';
import { StoreFeed, type FeedReader } from '../store-feed';
import type { CaseDigest } from './digest';
import { readDigests, writePack, type DigestState } from './pack';
import { DIGEST_LOG, DIGEST_PACK } from './store';

/**
 * Packing folds the log in once it holds this many digests, or a quarter
 * of all of them if more: often enough that opening reads little log,
 * rarely enough that a long first sync rewrites the pack a dozen times,
 * not once per page.
 */
const PACK_AFTER = 2_000;

/**
 * Every case digest on this device. A read after the first folds in only
 * the log entries written since; once the log has grown, the reader packs it.
 */
export class DigestReader implements FeedReader<readonly CaseDigest[]> {
  private held: DigestState | null = null;

  constructor(private readonly db: WorkstationDatabase) {}

  async read(shown: readonly CaseDigest[] | undefined): Promise<readonly CaseDigest[]> {
    const next = await readDigests(this.db, this.held);
    if (next === this.held && shown) return shown;
    this.held = next;
    return [...next.byId.values()];
  }

  /** A pack that fails to write leaves the log as it was: reads only take longer. */
  async afterRead(): Promise<void> {
    const state = this.held;
    if (!state || state.logged < Math.max(PACK_AFTER, state.byId.size / 4)) return;
    try {
      this.held = (await writePack(this.db, state)) ?? state;
    } catch (error) {
      console.warn('case digests not packed', error);
    }
  }
}

export function digestFeed(db: WorkstationDatabase): StoreFeed<readonly CaseDigest[]> {
  return new StoreFeed(db, [DIGEST_LOG, DIGEST_PACK], new DigestReader(db));
}

export const caseDigestFeed = digestFeed(database);
