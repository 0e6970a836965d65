import type { CaseRecord } from '@shared/sync/records';
import type { Stored, WorkstationDatabase } from '../db';
import { digestOf, fromTuple, toTuple, type CaseDigest, type DigestTuple } from './digest';
import { PACK_KEY, newStamp, type DigestLogRow, type DigestPackRow } from './store';

/** The digests as one reader holds them. */
export interface DigestState {
  readonly byId: ReadonlyMap<string, CaseDigest>;
  /** The last log entry folded in; 0 before any. */
  readonly seq: number;
  /** The stamp of the pack this was read from; null when none was stored. */
  readonly packStamp: string | null;
  /** Digests folded in from the log since that pack: what packing again would save a reader. */
  readonly logged: number;
}

/**
 * The digests now stored. Given what a reader already holds, only the log
 * entries written since are read, as long as its pack is still the stored
 * one; otherwise the pack is read whole. Returns `held` itself when nothing
 * was written since.
 */
export async function readDigests(
  db: WorkstationDatabase,
  held: DigestState | null,
): Promise<DigestState> {
  const read = await db.transaction('r', [db.digestPack, db.digestLog], async () => {
    const pack = await db.digestPack.get(PACK_KEY);
    const since = held !== null && held.packStamp === (pack?.stamp ?? null) ? held : null;
    const log = await db.digestLog
      .where('seq')
      .above(since ? since.seq : (pack?.upTo ?? 0))
      .toArray();
    return { pack, since, log };
  });
  const { pack, since, log } = read;
  if (since && log.length === 0) return since;
  const byId = since ? new Map(since.byId) : await unpack(pack);
  let logged = since ? since.logged : 0;
  for (const entry of log) logged += fold(byId, entry);
  return {
    byId,
    seq: log.at(-1)?.seq ?? since?.seq ?? pack?.upTo ?? 0,
    packStamp: pack?.stamp ?? null,
    logged,
  };
}

/**
 * Stores `state` as the new pack and drops the log entries it folded in,
 * unless the stored pack is no longer the one it was read from (another
 * window packed first): then nothing is written and null is returned.
 */
export async function writePack(
  db: WorkstationDatabase,
  state: DigestState,
): Promise<DigestState | null> {
  const pack = packOf(Array.from(state.byId.values(), toTuple), state.seq);
  const written = await db.transaction('rw', [db.digestPack, db.digestLog], async () => {
    const stored = await db.digestPack.get(PACK_KEY);
    if ((stored?.stamp ?? null) !== state.packStamp) return false;
    await db.digestPack.put(pack);
    await db.digestLog.where('seq').belowOrEqual(state.seq).delete();
    return true;
  });
  return written ? { ...state, packStamp: pack.stamp, logged: 0 } : null;
}

/** Folds the whole log into the pack. */
export async function packDigests(db: WorkstationDatabase): Promise<void> {
  for (;;) if (await writePack(db, await readDigests(db, null))) return;
}

/** The pack of every case given, for the upgrade that starts keeping digests this way. */
export function packOfCases(records: readonly Stored<CaseRecord>[]): DigestPackRow {
  return packOf(
    records.map((record) => toTuple(digestOf(record))),
    0,
  );
}

function packOf(tuples: DigestTuple[], upTo: number): DigestPackRow {
  const data = new Blob([asciiJson(tuples)], { type: 'application/json' });
  return { key: PACK_KEY, upTo, stamp: newStamp(), data };
}

/**
 * JSON with every character past ASCII written as a \u escape. Names and
 * addresses are Chinese: as UTF-8, turning the bytes back into text took
 * the browser twice as long as the same JSON in ASCII, a little longer, and
 * opening the queue waits on it. JSON.parse reads both, so packs written
 * before this still read.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

async function unpack(pack: DigestPackRow | undefined): Promise<Map<string, CaseDigest>> {
  const byId = new Map<string, CaseDigest>();
  if (!pack) return byId;
  const tuples = JSON.parse(await pack.data.text()) as DigestTuple[];
  for (const tuple of tuples) byId.set(tuple[0], fromTuple(tuple));
  return byId;
}

/** Applies one logged write; returns how many digests it touched. */
function fold(byId: Map<string, CaseDigest>, entry: DigestLogRow): number {
  for (const id of entry.gone) byId.delete(id);
  const puts = JSON.parse(entry.puts) as DigestTuple[];
  for (const tuple of puts) byId.set(tuple[0], fromTuple(tuple));
  return entry.gone.length + puts.length;
}
