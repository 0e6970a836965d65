import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '@shared/sync/outbox';
import { WorkstationDatabase } from '../data/db';
import { restoreFromJournal, type JournalPort } from './journal-restore';
import { ensureSession, queueMutation } from './local-mutations';

function memoryJournal(): JournalPort & { entries: OutboxEntry[] } {
  const entries: OutboxEntry[] = [];
  const acked = new Set<string>();
  return {
    entries,
    append: async (more) => void entries.push(...more),
    acknowledge: async (_user, ids) => ids.forEach((id) => acked.add(id)),
    pending: async (userId) =>
      entries.filter((e) => e.userId === userId && !acked.has(e.mutationId)),
  };
}

describe('restoring the outbox from the desktop journal', () => {
  it('brings back every unsynced change after IndexedDB was wiped, under the same device', async () => {
    const journal = memoryJournal();
    const first = new WorkstationDatabase('journal-wiped');
    const { deviceId } = await ensureSession(first, 'user-adj-east1');
    for (const body of ['第一条', '第二条']) {
      await queueMutation(
        first,
        { userId: 'user-adj-east1', teamId: 'team-east' },
        'note.add',
        { noteId: `note-${body}`, caseId: 'case-1', body, mentions: [] },
        {},
        { journal },
      );
    }
    await first.delete();

    const fresh = new WorkstationDatabase('journal-wiped');
    expect(await restoreFromJournal(fresh, journal, 'user-adj-east1')).toBe(2);
    const outbox = await fresh.outbox.orderBy('deviceSeq').toArray();
    expect(outbox.map((e) => (e.args as { body: string }).body)).toEqual(['第一条', '第二条']);
    expect((await fresh.syncState.get('session'))?.deviceId).toBe(deviceId);
    expect((await fresh.syncState.get('session'))?.nextDeviceSeq).toBe(3);
  });

  it('restores nothing when nothing was lost, and journals what the journal missed', async () => {
    const journal = memoryJournal();
    const db = new WorkstationDatabase('journal-intact');
    await ensureSession(db, 'user-adj-east2');
    await queueMutation(db, { userId: 'user-adj-east2', teamId: 'team-east' }, 'note.add', {
      noteId: 'n-1',
      caseId: 'case-2',
      body: '未记入日志',
      mentions: [],
    });
    expect(await restoreFromJournal(db, journal, 'user-adj-east2')).toBe(0);
    expect(journal.entries.map((e) => e.mutationId)).toEqual(
      (await db.outbox.toArray()).map((e) => e.mutationId),
    );
  });
});
