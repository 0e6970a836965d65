import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlagRecord } from '@shared/sync/records';
import { WorkstationDatabase } from '../../data/db';
import { DeviceKeyRing } from '../../data/sealing/device-key';
import { openFlagsByCase, openFlagsFeed, readOpenFlags } from './open-flags';

function keyRing(fill: number): DeviceKeyRing {
  const ring = new DeviceKeyRing();
  ring.load(new Uint8Array(32).fill(fill));
  return ring;
}

const flag = (id: string, over: Partial<FlagRecord>) => ({
  id,
  caseId: 'case-1',
  documentId: null,
  detector: 'test',
  detectorVersion: '1',
  kind: 'invoice-before-loss' as const,
  severity: 'medium' as const,
  page: null,
  region: null,
  evidence: { invoiceNumber: '04403210' },
  explanation: { 'zh-CN': '说明', en: 'why' },
  source: 'workstation' as const,
  verdict: 'open' as const,
  verdictReason: null,
  verdictBy: null,
  verdictAt: null,
  createdAt: 1,
  rowVersion: 1,
  ...over,
});

describe('open flags for the queue', () => {
  const open: WorkstationDatabase[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));

  it('counts open flags per case with the most severe, and skips settled ones', async () => {
    const db = new WorkstationDatabase('open-flags-count', keyRing(1));
    open.push(db);
    await db.flags.bulkPut([
      flag('f1', { caseId: 'case-1', severity: 'low' }),
      flag('f2', { caseId: 'case-1', severity: 'high' }),
      flag('f3', { caseId: 'case-2', severity: 'medium' }),
      flag('f4', { caseId: 'case-2', severity: 'high', verdict: 'dismissed' }),
      flag('f5', { caseId: 'case-3', severity: 'high', verdict: 'confirmed' }),
    ]);
    const byCase = openFlagsByCase(await readOpenFlags(db));
    expect(Object.fromEntries(byCase)).toEqual({
      'case-1': { count: 2, maxSeverity: 'high' },
      'case-2': { count: 1, maxSeverity: 'medium' },
    });
  });

  it('reads no flag itself: their sealed evidence is never opened', async () => {
    const writer = new WorkstationDatabase('open-flags-sealed', keyRing(1));
    await writer.flags.bulkPut([flag('f1', {}), flag('f2', { caseId: 'case-2' })]);
    writer.close();
    // Under another key every sealed field fails to open, so any read of a flag would throw.
    const reader = new WorkstationDatabase('open-flags-sealed', keyRing(2));
    open.push(reader);
    await expect(reader.flags.toArray()).rejects.toThrow(/could not be opened/);
    expect((await readOpenFlags(reader)).map((f) => f.caseId).sort()).toEqual(['case-1', 'case-2']);
  });

  it('opens the database itself when it is the first to read', async () => {
    const writer = new WorkstationDatabase('open-flags-first', keyRing(1));
    await writer.flags.put(flag('f1', {}));
    writer.close();
    const reader = new WorkstationDatabase('open-flags-first', keyRing(1));
    open.push(reader);
    expect((await readOpenFlags(reader)).map((f) => f.caseId)).toEqual(['case-1']);
  });

  it('feeds each flag raised and settled to the screens', async () => {
    const db = new WorkstationDatabase('open-flags-feed', keyRing(1));
    open.push(db);
    await db.flags.put(flag('f1', { caseId: 'case-1' }));
    const feed = openFlagsFeed(db);
    const seen: string[][] = [];
    const unsubscribe = feed.subscribe(() => {
      const byCase = feed.getSnapshot().value;
      if (byCase) seen.push([...byCase.keys()].sort());
    });
    const until = async (count: number) => {
      for (let i = 0; i < 100 && seen.length < count; i++)
        await new Promise((r) => setTimeout(r, 10));
    };
    await until(1);
    await db.flags.put(flag('f2', { caseId: 'case-2' }));
    await until(2);
    await db.flags.update('f1', { verdict: 'dismissed' });
    await until(3);
    unsubscribe();
    expect(seen).toEqual([['case-1'], ['case-1', 'case-2'], ['case-2']]);
  });
});
