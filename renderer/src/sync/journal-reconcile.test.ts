import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '@shared/sync/outbox';
import { reconcileJournal } from './journal-reconcile';

function entry(seq: number, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    mutationId: `mutation-${String(seq).padStart(6, '0')}`,
    deviceId: 'device-0001',
    deviceSeq: seq,
    userId: 'user-adj-east1',
    name: 'case.update',
    version: 1,
    args: { caseId: `case-${seq}`, fields: { claimedFen: seq * 100 } },
    baseRowVersions: { [`case-${seq}`]: seq },
    createdAt: 1_760_000_000_000 + seq,
    ...overrides,
  };
}

const id = (seq: number) => entry(seq).mutationId;
const none: ReadonlySet<string> = new Set();

describe('reconcileJournal', () => {
  it('restores everything in deviceSeq order when IndexedDB was wiped', () => {
    const journal = [entry(4), entry(1), entry(3), entry(2)];
    expect(reconcileJournal(journal, [], none)).toEqual({
      restore: [entry(1), entry(2), entry(3), entry(4)],
      acknowledge: [],
    });
  });

  it('restores only what IndexedDB lost', () => {
    const journal = [entry(1), entry(2), entry(3), entry(4)];
    const outbox = [entry(2), entry(4)];
    expect(reconcileJournal(journal, outbox, none)).toEqual({
      restore: [entry(1), entry(3)],
      acknowledge: [],
    });
  });

  it('does nothing when nothing was lost', () => {
    const journal = [entry(1), entry(2)];
    expect(reconcileJournal(journal, [entry(2), entry(1)], none)).toEqual({
      restore: [],
      acknowledge: [],
    });
  });

  it('needs no action for outbox entries the journal has not seen yet', () => {
    const outbox = [entry(1), entry(2), entry(3)];
    expect(reconcileJournal([entry(1)], outbox, none)).toEqual({ restore: [], acknowledge: [] });
  });

  it('never resurrects an acknowledged entry, and acknowledges it in the journal', () => {
    const journal = [entry(1), entry(2), entry(3)];
    const acknowledged = new Set([id(1), id(3)]);
    expect(reconcileJournal(journal, [], acknowledged)).toEqual({
      restore: [entry(2)],
      acknowledge: [id(1), id(3)],
    });
  });

  it('acknowledges in the journal an entry the server answered that is somehow still queued', () => {
    expect(reconcileJournal([entry(1)], [entry(1)], new Set([id(1)]))).toEqual({
      restore: [],
      acknowledge: [id(1)],
    });
  });

  it('restores a journal entry listed twice only once', () => {
    expect(reconcileJournal([entry(1), entry(1)], [], none).restore).toEqual([entry(1)]);
  });

  it('orders equal deviceSeqs from an earlier device by creation time', () => {
    const older = entry(1, { mutationId: 'mutation-old-1', deviceId: 'device-old', createdAt: 1 });
    const newer = entry(1, { mutationId: 'mutation-new-1', createdAt: 2 });
    expect(reconcileJournal([newer, older], [], none).restore).toEqual([older, newer]);
  });
});
