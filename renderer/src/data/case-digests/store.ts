/**
 * How the digests are kept: one packed copy of all of them, plus a log of
 * the writes since. The pack is a single Blob, which IndexedDB keeps as a
 * file and hands back whole far faster than thousands of rows of the same
 * bytes; the log keeps each case write to one appended row, whatever its
 * size. Readers fold the log into the pack; the feed packs the log in again
 * once it has grown (see pack.ts).
 */

export const DIGEST_LOG = 'digestLog';
export const DIGEST_PACK = 'digestPack';

/** One write to the cases, appended in the same transaction as the write. */
export interface DigestLogRow {
  /** Given by IndexedDB: the order the writes committed in. */
  seq?: number;
  /** The written cases' digests: JSON of `DigestTuple[]`, which reads back faster than objects. */
  puts: string;
  /** Ids of the cases deleted. */
  gone: readonly string[];
}

export const PACK_KEY = 'pack';

/** Every digest as of log entry `upTo`. */
export interface DigestPackRow {
  key: typeof PACK_KEY;
  /** The last log entry folded in; later entries are still in the log. */
  upTo: number;
  /** New with every pack, even across a database deleted and made again while a reader holds the old one. */
  stamp: string;
  /** JSON of `DigestTuple[]`. */
  data: Blob;
}

export function newStamp(): string {
  return crypto.randomUUID();
}
