import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { JournalUserId } from '@shared/ipc';
import { OutboxEntry } from '@shared/sync/outbox';
import type { JournalSealer } from './journal-sealer';

/**
 * The desktop app's second copy of the outbox (architecture §5): one
 * append-only JSON-lines file per user, so unsynced work survives a damaged
 * or wiped IndexedDB. Each line is an entry or an acknowledgement; what was
 * appended and never acknowledged is still owed to the server.
 *
 * Only Node's fs here, no Electron, so it is tested against a temp directory.
 */

const EntryLine = z.object({ kind: z.literal('entry'), entry: OutboxEntry });
const AckLine = z.object({ kind: z.literal('ack'), mutationIds: z.array(z.string()) });
const JournalLine = z.discriminatedUnion('kind', [EntryLine, AckLine]);

export interface JournalReadout {
  /** Appended and never acknowledged, in deviceSeq order. */
  pending: OutboxEntry[];
  /** Non-empty lines in the file, readable or not. */
  lines: number;
  /** Lines that could not be read (a torn tail included); they are ignored, never fatal. */
  skippedLines: number;
  /** The last line was cut short, as a crash mid-write leaves it. */
  tornTail: boolean;
}

export interface OutboxJournal {
  append(entries: readonly OutboxEntry[]): Promise<void>;
  acknowledge(userId: string, mutationIds: readonly string[]): Promise<void>;
  pending(userId: string): Promise<OutboxEntry[]>;
  read(userId: string): Promise<JournalReadout>;
}

export interface OutboxJournalOptions {
  /** Compaction is considered only above this many lines. */
  compactAfterLines?: number;
  /** Where damage found while reading is reported. */
  warn?: (message: string) => void;
  /** Seals each entry's arguments on disk; without it they are written plain (tests). */
  sealer?: JournalSealer;
}

/** What compaction needs to know without re-reading the file after every call. */
interface Tally {
  lines: number;
  pendingIds: Set<string>;
  acknowledgedIds: Set<string>;
}

export function createOutboxJournal(
  dir: string,
  options: OutboxJournalOptions = {},
): OutboxJournal {
  const compactAfterLines = options.compactAfterLines ?? 1000;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const root = path.resolve(dir);
  const tallies = new Map<string, Tally>();
  const exclusive = createPerKeyQueue();
  const seal = (entry: OutboxEntry) => options.sealer?.seal(entry) ?? Promise.resolve(entry);
  const unseal = (entry: OutboxEntry) => options.sealer?.open(entry) ?? Promise.resolve(entry);
  let ready: Promise<void> | null = null;

  function ensureDir(): Promise<void> {
    ready ??= mkdir(root, { recursive: true, mode: 0o700 }).then(
      () => undefined,
      (error: unknown) => {
        ready = null;
        throw error;
      },
    );
    return ready;
  }

  /** Reads the user's file, reports damage, and refreshes the tally compaction relies on. */
  async function load(userId: string): Promise<ParsedJournal> {
    let text = '';
    try {
      text = await readFile(journalFile(root, userId), 'utf8');
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const parsed = parseJournal(text, userId);
    // Opened once here, so compaction and readers work with plain entries.
    parsed.filePending = await Promise.all(parsed.filePending.map(unseal));
    parsed.readout.pending = parsed.filePending.filter((entry) => entry.userId === userId);
    tallies.set(
      fileKey(userId),
      tallyOf(parsed.filePending, parsed.readout.lines, parsed.acknowledged),
    );
    const { skippedLines, tornTail } = parsed.readout;
    if (skippedLines > 0) {
      warn(
        `Outbox journal for ${userId}: ignored ${skippedLines} unreadable line(s)` +
          (tornTail ? ', the last cut short by an interrupted write' : ''),
      );
    }
    return parsed;
  }

  async function tally(userId: string): Promise<Tally> {
    const known = tallies.get(fileKey(userId));
    if (known) return known;
    await load(userId);
    return tallies.get(fileKey(userId)) ?? emptyTally();
  }

  /** Rewrites the file with only what is still pending: temp file, fsync, rename, fsync the dir. */
  async function compact(userId: string): Promise<void> {
    const file = journalFile(root, userId);
    const { filePending } = await load(userId);
    const temp = `${file}.tmp`;
    const lines = await Promise.all(filePending.map(async (entry) => entryLine(await seal(entry))));
    await writeDurably(temp, lines.join(''), 'replace');
    await rename(temp, file);
    await syncDir(root);
    tallies.set(fileKey(userId), tallyOf(filePending, filePending.length, new Set()));
  }

  async function append(entries: readonly OutboxEntry[]): Promise<void> {
    const byUser = new Map<string, { ids: string[]; text: string }>();
    // Every ID is checked and every line built before anything is written,
    // so a bad entry refuses the whole call instead of half of it.
    for (const entry of entries) journalFile(root, entry.userId);
    for (const entry of await Promise.all(entries.map(seal))) {
      const batch = byUser.get(entry.userId) ?? { ids: [], text: '' };
      batch.ids.push(entry.mutationId);
      batch.text += entryLine(entry);
      byUser.set(entry.userId, batch);
    }
    if (byUser.size === 0) return;
    await ensureDir();
    await Promise.all(
      [...byUser].map(([userId, batch]) =>
        exclusive(fileKey(userId), async () => {
          await writeDurably(journalFile(root, userId), batch.text, 'append');
          const known = tallies.get(fileKey(userId));
          if (!known) return;
          known.lines += batch.ids.length;
          for (const id of batch.ids) {
            if (!known.acknowledgedIds.has(id)) known.pendingIds.add(id);
          }
        }),
      ),
    );
  }

  async function acknowledge(userId: string, mutationIds: readonly string[]): Promise<void> {
    const file = journalFile(root, userId);
    if (mutationIds.length === 0) return;
    await ensureDir();
    await exclusive(fileKey(userId), async () => {
      const known = await tally(userId);
      await writeDurably(
        file,
        `${JSON.stringify({ kind: 'ack', mutationIds, at: Date.now() })}\n`,
        'append',
      );
      known.lines += 1;
      for (const id of mutationIds) {
        known.acknowledgedIds.add(id);
        known.pendingIds.delete(id);
      }
      const dead = known.lines - known.pendingIds.size;
      if (known.lines > compactAfterLines && dead * 2 > known.lines) await compact(userId);
    });
  }

  async function read(userId: string): Promise<JournalReadout> {
    journalFile(root, userId);
    return exclusive(fileKey(userId), async () => (await load(userId)).readout);
  }

  return {
    append,
    acknowledge,
    read,
    pending: async (userId) => (await read(userId)).pending,
  };
}

/** The user's file, refusing any ID that could name something outside the journal dir. */
function journalFile(root: string, userId: string): string {
  const checked = JournalUserId.safeParse(userId);
  const file = path.resolve(root, `${userId}.jsonl`);
  if (!checked.success || path.dirname(file) !== root) {
    throw new Error(`Refusing outbox journal for user id ${JSON.stringify(userId)}`);
  }
  return file;
}

function entryLine(entry: OutboxEntry): string {
  return `${JSON.stringify({ kind: 'entry', entry })}\n`;
}

/**
 * Case-insensitive file systems (Windows, macOS) give "A" and "a" one file,
 * so everything about a file (its queue, its tally) is keyed case-blind.
 */
function fileKey(userId: string): string {
  return userId.toLowerCase();
}

interface ParsedJournal {
  readout: JournalReadout;
  /** Pending entries of every user in the file, which compaction must keep. */
  filePending: OutboxEntry[];
  acknowledged: Set<string>;
}

function parseJournal(text: string, userId: string): ParsedJournal {
  const segments = text.split('\n');
  // Text after the last newline is a line whose write never finished, unless
  // only the newline itself was lost, in which case it still parses whole.
  const tail = segments.pop() ?? '';
  const appended = new Map<string, OutboxEntry>();
  const acknowledged = new Set<string>();
  let lines = 0;
  let skippedLines = 0;
  let tornTail = false;

  const take = (line: string): boolean => {
    const parsed = JournalLine.safeParse(safeJson(line));
    if (!parsed.success) return false;
    if (parsed.data.kind === 'ack') {
      for (const id of parsed.data.mutationIds) acknowledged.add(id);
    } else if (!appended.has(parsed.data.entry.mutationId)) {
      appended.set(parsed.data.entry.mutationId, parsed.data.entry);
    }
    return true;
  };

  for (const line of segments) {
    if (line.trim() === '') continue;
    lines += 1;
    if (!take(line)) skippedLines += 1;
  }
  if (tail.trim() !== '') {
    lines += 1;
    if (!take(tail)) {
      skippedLines += 1;
      tornTail = true;
    }
  }

  const filePending = [...appended.values()]
    .filter((entry) => !acknowledged.has(entry.mutationId))
    .sort((a, b) => a.deviceSeq - b.deviceSeq);
  return {
    readout: {
      pending: filePending.filter((entry) => entry.userId === userId),
      lines,
      skippedLines,
      tornTail,
    },
    filePending,
    acknowledged,
  };
}

function tallyOf(pending: OutboxEntry[], lines: number, acknowledged: Set<string>): Tally {
  return {
    lines,
    pendingIds: new Set(pending.map((entry) => entry.mutationId)),
    acknowledgedIds: acknowledged,
  };
}

function emptyTally(): Tally {
  return { lines: 0, pendingIds: new Set(), acknowledgedIds: new Set() };
}

/** Writes and fsyncs; when appending, a torn last line is closed first so it cannot swallow ours. */
async function writeDurably(file: string, text: string, mode: 'append' | 'replace'): Promise<void> {
  const handle = await open(file, mode === 'append' ? 'a+' : 'w', 0o600);
  let created = false;
  try {
    const { size } = await handle.stat();
    created = size === 0;
    let prefix = '';
    if (mode === 'append' && size > 0) {
      const last = new Uint8Array(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await handle.appendFile(prefix + text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A new journal's directory entry must reach the disk too, or a crash can
  // lose the whole file; a replacement is synced by its caller after rename.
  if (mode === 'append' && created) await syncDir(path.dirname(file));
}

async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the metadata itself.
  } finally {
    await handle?.close();
  }
}

/** Runs operations on the same key one after another, different keys side by side. */
function createPerKeyQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function exclusive<T>(key: string, operation: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(operation);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
