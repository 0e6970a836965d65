import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '@shared/sync/outbox';
import { createJournalSealer } from './journal-sealer';
import { createOutboxJournal } from './outbox-journal';

const USER = 'user-adj-east1';

function entry(seq: number, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    mutationId: `mutation-${String(seq).padStart(6, '0')}`,
    deviceId: 'device-0001',
    deviceSeq: seq,
    userId: USER,
    name: 'case.update',
    version: 1,
    args: { caseId: `case-${seq}`, fields: { description: `第 ${seq} 次修改` } },
    baseRowVersions: { [`case-${seq}`]: seq },
    createdAt: 1_760_000_000_000 + seq,
    ...overrides,
  };
}

let dir: string;
const quiet = { warn: vi.fn() };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outbox-journal-'));
  quiet.warn = vi.fn();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const journalFile = () => path.join(dir, `${USER}.jsonl`);
const seqs = (entries: OutboxEntry[]) => entries.map((e) => e.deviceSeq);
const id = (seq: number) => entry(seq).mutationId;

describe('outbox journal', () => {
  it('is empty for a user who never appended', async () => {
    const journal = createOutboxJournal(dir, quiet);
    expect(await journal.pending(USER)).toEqual([]);
  });

  it('keeps what was appended until it is acknowledged, in deviceSeq order', async () => {
    const journal = createOutboxJournal(dir, quiet);
    await journal.append([entry(3), entry(1)]);
    await journal.append([entry(2)]);
    expect(await journal.pending(USER)).toEqual([entry(1), entry(2), entry(3)]);

    await journal.acknowledge(USER, [entry(1).mutationId, entry(3).mutationId]);
    expect(await journal.pending(USER)).toEqual([entry(2)]);
  });

  it('keeps each user in a file of their own', async () => {
    const journal = createOutboxJournal(dir, quiet);
    await journal.append([entry(1), entry(2, { userId: 'user-adj-east2' })]);
    expect(seqs(await journal.pending(USER))).toEqual([1]);
    expect(seqs(await journal.pending('user-adj-east2'))).toEqual([2]);
    expect((await readdir(dir)).sort()).toEqual(['user-adj-east1.jsonl', 'user-adj-east2.jsonl']);
  });

  it('survives a restart: a new instance on the same directory sees the same pending entries', async () => {
    const before = createOutboxJournal(dir, quiet);
    await before.append([entry(1), entry(2), entry(3)]);
    await before.acknowledge(USER, [entry(2).mutationId]);

    const after = createOutboxJournal(dir, quiet);
    expect(seqs(await after.pending(USER))).toEqual([1, 3]);
    await after.acknowledge(USER, [entry(1).mutationId]);
    await after.append([entry(4)]);
    expect(seqs(await createOutboxJournal(dir, quiet).pending(USER))).toEqual([3, 4]);
  });

  it('ignores a last line torn by a crash mid-write, and appends cleanly after it', async () => {
    const journal = createOutboxJournal(dir, quiet);
    await journal.append([entry(1)]);
    const whole = JSON.stringify({ kind: 'entry', entry: entry(2) });
    await appendFile(journalFile(), whole.slice(0, whole.length - 20));

    const restarted = createOutboxJournal(dir, quiet);
    const readout = await restarted.read(USER);
    expect(seqs(readout.pending)).toEqual([1]);
    expect(readout).toMatchObject({ tornTail: true, skippedLines: 1 });

    // The torn fragment must not swallow the next record.
    await restarted.append([entry(3)]);
    expect(seqs(await restarted.pending(USER))).toEqual([1, 3]);
  });

  it('keeps a last record that lost only its newline', async () => {
    await writeFile(journalFile(), JSON.stringify({ kind: 'entry', entry: entry(1) }));
    const journal = createOutboxJournal(dir, quiet);
    expect(await journal.read(USER)).toMatchObject({ tornTail: false, skippedLines: 0 });
    await journal.append([entry(2)]);
    expect(seqs(await journal.pending(USER))).toEqual([1, 2]);
  });

  it('skips and counts lines that do not parse, without throwing', async () => {
    const journal = createOutboxJournal(dir, quiet);
    await journal.append([entry(1)]);
    await appendFile(
      journalFile(),
      'not json at all\n{"kind":"entry","entry":{"deviceSeq":"x"}}\n',
    );
    await appendFile(journalFile(), `${JSON.stringify({ kind: 'mystery' })}\n\n`);
    await journal.append([entry(2)]);

    const readout = await journal.read(USER);
    expect(seqs(readout.pending)).toEqual([1, 2]);
    expect(readout).toMatchObject({ lines: 5, skippedLines: 3, tornTail: false });
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('ignored 3 unreadable line'));
  });

  it('shows only this user’s entries from a file shared with another (case-insensitive disks)', async () => {
    const other = entry(2, { userId: 'User-Adj-East1' });
    await writeFile(
      journalFile(),
      [entry(1), other].map((e) => `${JSON.stringify({ kind: 'entry', entry: e })}\n`).join(''),
    );
    const journal = createOutboxJournal(dir, { ...quiet, compactAfterLines: 2 });
    expect(await journal.read(USER)).toMatchObject({ pending: [entry(1)], skippedLines: 0 });

    // Compaction on behalf of one must not drop what the other still owes.
    await journal.append([entry(3), entry(4)]);
    await journal.acknowledge(USER, [id(3), id(4)]);
    const kept = (await readFile(journalFile(), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { entry: OutboxEntry }).entry);
    expect(kept).toEqual([entry(1), other]);
    expect(await journal.pending(USER)).toEqual([entry(1)]);
  });

  it('keeps the first copy of an entry appended twice', async () => {
    const journal = createOutboxJournal(dir, quiet);
    await journal.append([entry(1)]);
    await journal.append([entry(1, { createdAt: 5 })]);
    expect(await journal.pending(USER)).toEqual([entry(1)]);
  });

  it('compacts to exactly the pending entries once acknowledged lines dominate', async () => {
    const journal = createOutboxJournal(dir, { ...quiet, compactAfterLines: 20 });
    const all = Array.from({ length: 30 }, (_, i) => entry(i + 1));
    await journal.append(all);
    const keep = new Set([5, 17, 29]);
    const done = all.filter((e) => !keep.has(e.deviceSeq)).map((e) => e.mutationId);
    await journal.acknowledge(USER, done.slice(0, 10));
    // 31 lines, 11 of them dead: not yet.
    expect((await readFile(journalFile(), 'utf8')).trim().split('\n')).toHaveLength(31);

    await journal.acknowledge(USER, done.slice(10));
    const lines = (await readFile(journalFile(), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => (JSON.parse(line) as { kind: string }).kind)).toEqual([
      'entry',
      'entry',
      'entry',
    ]);
    expect(seqs(await journal.pending(USER))).toEqual([5, 17, 29]);
    expect(seqs(await createOutboxJournal(dir, quiet).pending(USER))).toEqual([5, 17, 29]);
    expect(await readdir(dir)).toEqual([`${USER}.jsonl`]);

    // The journal goes on working after compaction.
    await journal.append([entry(31)]);
    await journal.acknowledge(USER, [entry(17).mutationId]);
    expect(seqs(await journal.pending(USER))).toEqual([5, 29, 31]);
  });

  it('compacts a journal it first meets on restart', async () => {
    const before = createOutboxJournal(dir, { ...quiet, compactAfterLines: 10 });
    const all = Array.from({ length: 12 }, (_, i) => entry(i + 1));
    await before.append(all);

    const after = createOutboxJournal(dir, { ...quiet, compactAfterLines: 10 });
    await after.acknowledge(
      USER,
      all.slice(0, 10).map((e) => e.mutationId),
    );
    expect((await readFile(journalFile(), 'utf8')).trim().split('\n')).toHaveLength(2);
    expect(seqs(await after.pending(USER))).toEqual([11, 12]);
  });

  it('does not interleave lines of concurrent appends', async () => {
    const journal = createOutboxJournal(dir, quiet);
    // Each call is larger than one write() chunk, so unserialised appends would interleave.
    const bulky = (seq: number) => entry(seq, { args: { note: 'x'.repeat(200_000 + seq) } });
    const calls = 12;
    await Promise.all(
      Array.from({ length: calls }, (_, i) =>
        journal.append([bulky(i * 3 + 1), bulky(i * 3 + 2), bulky(i * 3 + 3)]),
      ),
    );
    const lines = (await readFile(journalFile(), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(calls * 3);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    const readout = await journal.read(USER);
    expect(readout.skippedLines).toBe(0);
    expect(seqs(readout.pending)).toEqual(Array.from({ length: calls * 3 }, (_, i) => i + 1));
  });

  it('keeps personal data sealed on disk and gives it back plain, through compaction and restart', async () => {
    const sealer = createJournalSealer(async () => new Uint8Array(32).fill(9));
    const phone = '13912345678';
    const withPhone = (seq: number) =>
      entry(seq, { args: { caseId: `case-${seq}`, customer: { phone } } });
    const journal = createOutboxJournal(dir, { ...quiet, sealer, compactAfterLines: 2 });
    await journal.append([withPhone(1), withPhone(2), withPhone(3)]);
    await journal.acknowledge(USER, [id(1), id(2)]);
    expect(await readFile(journalFile(), 'utf8')).not.toContain(phone);

    const restarted = createOutboxJournal(dir, { ...quiet, sealer });
    expect(await restarted.pending(USER)).toEqual([withPhone(3)]);
    const otherKey = createJournalSealer(async () => new Uint8Array(32).fill(8));
    await expect(
      createOutboxJournal(dir, { ...quiet, sealer: otherKey }).pending(USER),
    ).rejects.toThrow();
  });

  it('refuses a user id that could name a path outside its directory', async () => {
    const journal = createOutboxJournal(dir, quiet);
    for (const userId of ['../x', '..', 'a/b', 'a\\b', '', '/etc/passwd', 'nul']) {
      await expect(journal.pending(userId)).rejects.toThrow(/Refusing outbox journal/);
      await expect(journal.acknowledge(userId, ['m-00000001'])).rejects.toThrow(
        /Refusing outbox journal/,
      );
    }
    await expect(journal.append([entry(1), entry(2, { userId: '../x' })])).rejects.toThrow(
      /Refusing outbox journal for user id "\.\.\/x"/,
    );
    // The well-formed entry in the same call was not written either.
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(path.dirname(dir))).not.toContain('x.jsonl');
  });

  it('writes nothing when an entry cannot be serialised', async () => {
    const journal = createOutboxJournal(dir, quiet);
    await expect(journal.append([entry(1), entry(2, { args: { big: 1n } })])).rejects.toThrow();
    expect(await journal.pending(USER)).toEqual([]);
  });
});
