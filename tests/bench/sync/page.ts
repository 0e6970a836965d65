// First, so that zod is set before any schema is built.
import './zod-as-in-the-workstation';
import Dexie, { liveQuery } from 'dexie';
import PouchDB from 'pouchdb-browser';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { ChangeEntry, PullRequest, PullResponse } from '@shared/sync/protocol';
import type { EntityName } from '@shared/sync/records';
import { allCaseRows, isPerCase } from '../../../renderer/src/data/case-rows';
import {
  type CaseRowsRow,
  ENTITY_TABLES,
  WorkstationDatabase,
} from '../../../renderer/src/data/db';
import {
  applyChanges,
  applyTables,
  SYNCED_TABLE_NAMES,
} from '../../../renderer/src/sync/apply-changes';
import type { Fetcher } from '../../../renderer/src/sync/fetcher';
import { SyncController } from '../../../renderer/src/sync/controller';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { httpTransport } from '../../../renderer/src/sync/http-transport';
import { ensureSession, queueMutation } from '../../../renderer/src/sync/local-mutations';
import { workstationFetcher } from '../../../renderer/src/sync/off-thread-fetch';
import { openPokeStream } from '../../../renderer/src/sync/poke-stream';
import type { SyncTransport } from '../../../renderer/src/sync/transport';
import type { DrainResult, InitialSyncResult, SyncBenchApi, TimedResult } from './api';
import { need, PageSession } from '../support/page-session';

/**
 * The sync benchmark's page: one workstation client per page (each page is
 * its own browser context, so its own IndexedDB), built from the renderer's
 * real sync code — the engine, HTTP transport, controller, poke stream and
 * outbox — exactly as SyncProvider wires them, minus React.
 */

const now = () => performance.timeOrigin + performance.now();

interface PullStats {
  pages: number;
  changes: number;
  bytes: number;
  receiveMs: number;
  transportMs: number;
}

let db: WorkstationDatabase | null = null;
let engine: SyncEngine | null = null;
let controller: SyncController | null = null;
let closePokes: (() => void) | null = null;
/** What the synced client holds, by table: as records, and as the rows IndexedDB stores. */
let captured: { records: Map<string, object[]>; rows: Map<string, object[]> } | null = null;
let queuedNotes: string[] = [];
const baselineNames: { dexie: string[]; pouch: string[] } = { dexie: [], pouch: [] };
const watched = new Map<string, Promise<number>>();
const stats: PullStats = { pages: 0, changes: 0, bytes: 0, receiveMs: 0, transportMs: 0 };

/**
 * The workstation's fetcher, timing every pull from its request to its whole
 * body received (in the fetch worker): the service's work and the transfer.
 */
const workerFetch = workstationFetcher();
const timedFetch: Fetcher = async (url, init) => {
  if (!url.endsWith('/api/sync/pull')) return workerFetch(url, init);
  const began = now();
  const answer = await workerFetch(url, init);
  stats.receiveMs += now() - began;
  stats.bytes += (await answer.arrayBuffer()).byteLength;
  return answer;
};

const session = new PageSession(timedFetch);
const central = () => session.central();

/** The transport, timed: request, download, JSON parse and schema check of each page. */
function timedTransport(inner: SyncTransport): SyncTransport {
  return {
    async pull(request: PullRequest): Promise<PullResponse> {
      const began = now();
      const page = await inner.pull(request);
      stats.transportMs += now() - began;
      stats.pages++;
      if (page.kind === 'changes') stats.changes += page.changes.length;
      return page;
    },
    push: (request) => inner.push(request),
  };
}

async function tableCounts(database: WorkstationDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of SYNCED_TABLE_NAMES)
    counts[name] = isPerCase(name)
      ? (await allCaseRows(database, name)).length
      : await database.table(name).count();
  return counts;
}

function waitFor(query: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = liveQuery(query).subscribe({
      next: (done) => {
        if (!done) return;
        const at = now();
        clearTimeout(timer);
        // Unsubscribing inside `next` of the first emission is not yet possible: defer it.
        queueMicrotask(() => subscription.unsubscribe());
        resolve(at);
      },
      error: (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    });
  });
}

const api: SyncBenchApi = {
  async signIn(username, databaseName) {
    const user = await session.signIn(username);
    await Dexie.delete(databaseName);
    db = new WorkstationDatabase(databaseName);
    await ensureSession(db, user.id);
    engine = new SyncEngine(db, timedTransport(httpTransport(central())), null, Date.now, null);
    return { userId: user.id, role: user.role };
  },

  async initialSync(): Promise<InitialSyncResult> {
    Object.assign(stats, { pages: 0, changes: 0, bytes: 0, receiveMs: 0, transportMs: 0 });
    const began = now();
    const report = await need(engine, 'initialSync').sync();
    const ms = now() - began;
    return {
      ms,
      changes: stats.changes,
      stored: report.pulled,
      pages: stats.pages,
      bytes: stats.bytes,
      receiveMs: stats.receiveMs,
      transportMs: stats.transportMs,
    };
  },

  storedCounts: () => tableCounts(need(db, 'storedCounts')),

  async captureRows() {
    const database = need(db, 'captureRows');
    captured = { records: new Map(), rows: new Map() };
    const counts = { records: 0, rows: 0 };
    for (const name of SYNCED_TABLE_NAMES) {
      const rows = await database.table(name).toArray();
      const records = isPerCase(name)
        ? (rows as CaseRowsRow<object>[]).flatMap((row) => row.rows)
        : rows;
      captured.rows.set(name, rows);
      captured.records.set(name, records);
      counts.rows += rows.length;
      counts.records += records.length;
    }
    return counts;
  },

  async replayApply(pageSize): Promise<TimedResult> {
    const rows = need(captured, 'replayApply').records;
    const entityOf = new Map<string, EntityName>(
      Object.entries(ENTITY_TABLES).map(([entity, table]) => [table, entity as EntityName]),
    );
    const entries: ChangeEntry[] = [];
    for (const [tableName, all] of rows) {
      const entity = entityOf.get(tableName);
      if (!entity) continue;
      for (const row of all) {
        const { rowVersion, ...data } = row as { id: string; rowVersion: number };
        entries.push({
          seq: rowVersion,
          entity,
          id: data.id,
          caseId: 'caseId' in data && typeof data.caseId === 'string' ? data.caseId : null,
          rowVersion,
          deleted: false,
          data,
        });
      }
    }
    entries.sort((a, b) => a.seq - b.seq);
    const name = `replay-baseline-${uuidv7()}`;
    baselineNames.dexie.push(name);
    const target = new WorkstationDatabase(name);
    await ensureSession(target, session.user('replayApply').id);
    // The tables and steps of SyncEngine.applyPage, minus scope notices (an initial sync has none).
    const tables = [...applyTables(target), target.syncState, target.notices, target.outbox];
    let stored = 0;
    const began = now();
    for (let i = 0; i < entries.length; i += pageSize) {
      const page = entries.slice(i, i + pageSize);
      const cursor = page.at(-1)?.seq ?? 0;
      await target.transaction('rw', tables, async () => {
        const storedCursor = (await target.syncState.get('session'))?.cursor ?? 0;
        stored += (await applyChanges(target, page)).stored;
        await target.syncState.update('session', { cursor: Math.max(storedCursor, cursor) });
      });
    }
    const ms = now() - began;
    target.close();
    return { ms, rows: stored };
  },

  async rawBulkPut(chunk): Promise<TimedResult> {
    const rows = need(captured, 'rawBulkPut').rows;
    const name = `raw-baseline-${uuidv7()}`;
    baselineNames.dexie.push(name);
    const target = new WorkstationDatabase(name);
    await target.open();
    let written = 0;
    const began = now();
    for (const [tableName, all] of rows) {
      const table = target.table(tableName);
      for (let i = 0; i < all.length; i += chunk) {
        await table.bulkPut(all.slice(i, i + chunk));
        written += Math.min(chunk, all.length - i);
      }
    }
    const ms = now() - began;
    target.close();
    return { ms, rows: written };
  },

  async loadPouch(remoteUrl): Promise<TimedResult> {
    const rows = need(captured, 'loadPouch').records;
    const remote = new PouchDB(remoteUrl);
    let written = 0;
    const began = now();
    for (const [tableName, all] of rows) {
      for (let i = 0; i < all.length; i += 2000) {
        const docs = all.slice(i, i + 2000).map((row) => ({
          ...row,
          _id: `${tableName}:${(row as { id: string }).id}`,
        }));
        const results = await remote.bulkDocs(docs);
        const failed = results.find((r) => 'error' in r && r.error);
        if (failed) throw new Error(`loading pouchdb-server failed: ${JSON.stringify(failed)}`);
        written += docs.length;
      }
    }
    return { ms: now() - began, rows: written };
  },

  async replicatePouch(remoteUrl): Promise<TimedResult> {
    const name = `pouch-baseline-${uuidv7()}`;
    baselineNames.pouch.push(name);
    const local = new PouchDB(name);
    const began = now();
    try {
      const result = await PouchDB.replicate(new PouchDB(remoteUrl), local);
      const ms = now() - began;
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const info = await local.info();
      return { ms, rows: info.doc_count };
    } catch (error) {
      // PouchDB rejects with plain objects ({ status, name, message }): say what it was.
      throw new Error(`PouchDB replication failed: ${describe(error)}`);
    }
  },

  async dropBaselines() {
    captured = null;
    await dropDexieBaselines();
    for (const name of baselineNames.pouch) await new PouchDB(name).destroy();
    baselineNames.pouch = [];
  },

  dropDexieBaselines,

  async goOnline() {
    const client = central();
    const next = new SyncController({
      engine: need(engine, 'goOnline'),
      isOnline: () => navigator.onLine,
      refreshSession: () => session.refresh(),
    });
    closePokes = openPokeStream({
      url: new URL('/api/sync/events', client.baseUrl).toString(),
      token: () => client.accessToken(),
      onPoke: () => next.requestSync(),
      onOpen: () => next.requestSync(),
    });
    next.start();
    controller = next;
    await next.idle();
  },

  async stopSync() {
    closePokes?.();
    closePokes = null;
    controller?.stop();
    await controller?.idle();
    controller = null;
  },

  async ownCaseIds(count) {
    const user = session.user('ownCaseIds');
    const database = need(db, 'ownCaseIds');
    const mine = await database.cases.where('assigneeId').equals(user.id).primaryKeys();
    if (mine.length === 0) throw new Error(`${user.id} has no cases`);
    return Array.from({ length: count }, (_, i) => mine[i % mine.length] ?? '');
  },

  newId: () => uuidv7(),

  watchNote(noteId) {
    const database = need(db, 'watchNote');
    watched.set(
      noteId,
      waitFor(async () => (await database.notes.get(noteId)) !== undefined, 60_000, noteId),
    );
  },

  async seenAt(noteId) {
    const seen = watched.get(noteId);
    if (!seen) throw new Error(`not watching ${noteId}`);
    watched.delete(noteId);
    return seen;
  },

  async writeNote(noteId, caseId) {
    const user = session.user('writeNote');
    const at = now();
    await queueMutation(
      need(db, 'writeNote'),
      { userId: user.id, teamId: user.teamId },
      'note.add',
      {
        noteId,
        caseId,
        body: `同步基准测试备注 ${noteId}`,
        mentions: [],
      },
    );
    need(controller, 'writeNote (go online first)').localChange();
    return at;
  },

  async queueOffline(count, caseIds): Promise<TimedResult> {
    const user = session.user('queueOffline');
    const database = need(db, 'queueOffline');
    need(controller, 'queueOffline (go online first)').setWorkOffline(true);
    queuedNotes = [];
    const began = now();
    for (let i = 0; i < count; i++) {
      const noteId = uuidv7();
      await queueMutation(database, { userId: user.id, teamId: user.teamId }, 'note.add', {
        noteId,
        caseId: caseIds[i % caseIds.length] ?? '',
        body: `离线备注 ${i + 1}：现场查勘补充说明`,
        mentions: [],
      });
      queuedNotes.push(noteId);
    }
    return { ms: now() - began, rows: count };
  },

  async drain(): Promise<DrainResult> {
    const database = need(db, 'drain');
    const sync = need(controller, 'drain');
    const empty = waitFor(
      async () => (await database.outbox.count()) === 0,
      120_000,
      'empty outbox',
    );
    const began = now();
    sync.setWorkOffline(false);
    const emptyAt = await empty;
    await sync.idle();
    const idleAt = now();
    const notes = await database.notes.bulkGet(queuedNotes);
    return {
      emptyMs: emptyAt - began,
      idleMs: idleAt - began,
      confirmed: notes.filter((n) => n !== undefined && n.rowVersion > 0).length,
      rejected: await database.rejections.count(),
    };
  },

  outboxSize: () => need(db, 'outboxSize').outbox.count(),
};

window.syncBench = api;
document.body.dataset['ready'] = 'true';

/**
 * The raw and replay copies, each as big as the synced database: the
 * client's IndexedDB is in memory, with a quota, and PouchDB needs room.
 */
async function dropDexieBaselines(): Promise<void> {
  for (const name of baselineNames.dexie) await Dexie.delete(name);
  baselineNames.dexie = [];
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
