import { LARGEST_PULL_LIMIT, type MutationResult, type PullResponse } from '@shared/sync/protocol';
import type { OutboxEntry } from '@shared/sync/outbox';
import type { RejectionRow, UploadPhase, WorkstationDatabase } from '../data/db';
import { applyChanges, applyTables, clearSyncedTables, purgeCase } from './apply-changes';
import { settleOptimistic } from './optimistic';
import { pagesAhead, type FetchPage } from './pages-ahead';
import { pushableCount } from './waiting-on-files';
import { SyncError, type SyncTransport } from './transport';

const PUSH_BATCH = 100;
/** Changes in a first answer: small, so that it lands soon and the queue shows. */
const PULL_PAGE = 5000;
/**
 * Sequences in each range asked for once the log's end is known (see
 * pagesAhead), and so at most as many changes. Much of what a first sync
 * costs is paid per answer, and each answer is stored in one transaction:
 * Chromium took 5.3–5.8 s of CPU to receive a first sync's 171 MB in bodies
 * of 1.6 MB, 2.9–3.0 s in bodies of 6.4 MB; storing its 443,181 changes
 * from memory took 8.0, 7.4 and 7.0 s in transactions of 2,000, 5,000 and
 * 20,000 changes.
 */
const PULL_RANGE = LARGEST_PULL_LIMIT;
/** Ranges requested while one is written: the service prepares them meanwhile. */
const PAGES_AHEAD = 2;

/** The optional on-disk journal of the outbox (desktop only). */
export interface OutboxJournal {
  acknowledge(userId: string, mutationIds: string[]): Promise<void>;
}

export interface SyncReport {
  pushed: number;
  rejected: number;
  conflicts: number;
  pulled: number;
  cursor: number;
}

/**
 * One sync cycle: push the outbox in deviceSeq order, then pull until caught
 * up (architecture §5 rule 7: push before pull). A rejected mutation is set
 * aside for its author and never blocks those after it; only transient
 * failures stop the cycle, leaving the outbox as it was for the next try.
 */
/** Rounds of upload, push and pull in one cycle: a case made offline needs two. */
const MAX_ROUNDS = 3;

export class SyncEngine {
  constructor(
    private readonly db: WorkstationDatabase,
    private readonly transport: SyncTransport,
    private readonly journal: OutboxJournal | null = null,
    private readonly now: () => number = Date.now,
    private readonly uploadFiles: ((phase: UploadPhase) => Promise<void>) | null = null,
  ) {}

  async sync(): Promise<SyncReport> {
    const report: SyncReport = { pushed: 0, rejected: 0, conflicts: 0, pulled: 0, cursor: 0 };
    // Files go before the metadata that references them (architecture §5 rule 8);
    // a field photo's metadata names its preview, so its original can follow.
    // A case made offline goes up before its files can: then a second round.
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await this.uploadFiles?.('first');
      const held = await this.pushOutbox(report);
      await this.pullUntilCaughtUp(report);
      if (!held) break;
    }
    await this.uploadFiles?.('later');
    await settleOptimistic(this.db);
    await this.db.syncState.update('session', { lastSyncedAt: this.now() });
    return report;
  }

  /**
   * Pushes what can go now; true when entries wait for their files to upload
   * first. While a batch is on its way, the next one is read and the answer
   * to the one before is stored, so the service does not wait on this
   * device's database between batches. Batches still go one at a time: the
   * service applies a device's mutations in the order it receives them.
   */
  async pushOutbox(report: SyncReport): Promise<boolean> {
    const session = await this.session();
    let settling: Promise<void> = Promise.resolve();
    try {
      let next = this.nextBatch(-1);
      for (;;) {
        const { batch, held } = await next;
        const last = batch.at(-1);
        if (!last) return held;
        const answer = this.transport.push({
          deviceId: session.deviceId,
          mutations: batch.map(toWire),
        });
        next = this.nextBatch(last.deviceSeq);
        // Should the push fail, the batch read ahead is dropped, and its failure with it.
        next.catch(() => undefined);
        const { results } = await answer;
        if (results.length === 0)
          throw new SyncError('refused', 'The service answered a push with no results.');
        await settling;
        settling = this.settle(batch, results, report).then(() =>
          this.journal?.acknowledge(
            session.userId,
            results.map((r) => r.mutationId),
          ),
        );
      }
    } finally {
      await settling;
    }
  }

  /** The next entries after `after` that can be pushed now, and whether any wait for their files. */
  private async nextBatch(after: number): Promise<{ batch: OutboxEntry[]; held: boolean }> {
    const queued = await this.db.outbox.where('deviceSeq').above(after).limit(PUSH_BATCH).toArray();
    const batch = queued.slice(0, await pushableCount(this.db, queued));
    return { batch, held: batch.length < queued.length };
  }

  /** Removes answered entries from the outbox, keeping rejections for the user to see. */
  private async settle(
    batch: OutboxEntry[],
    results: MutationResult[],
    report: SyncReport,
  ): Promise<void> {
    const byId = new Map(batch.map((entry) => [entry.mutationId, entry]));
    const answered: number[] = [];
    const rejections: RejectionRow[] = [];
    for (const result of results) {
      const entry = byId.get(result.mutationId);
      if (!entry) continue;
      report.pushed++;
      answered.push(entry.deviceSeq);
      if (result.status === 'rejected') {
        report.rejected++;
        rejections.push({
          mutationId: entry.mutationId,
          name: entry.name,
          caseId: caseIdOf(entry.args),
          result,
          at: this.now(),
          dismissed: 0,
        });
      }
      if (result.status === 'conflict' || result.status === 'merged')
        report.conflicts += result.conflictIds.length;
    }
    // One request per table rather than per entry: a long offline day drains in batches of a hundred.
    await this.db.transaction('rw', [this.db.outbox, this.db.rejections], async () => {
      await this.db.rejections.bulkPut(rejections);
      await this.db.outbox.bulkDelete(answered);
    });
  }

  async pullUntilCaughtUp(report: SyncReport): Promise<void> {
    for (;;) {
      const session = await this.session();
      const fetch: FetchPage = (cursor, upTo) =>
        this.transport.pull({
          deviceId: session.deviceId,
          cursor,
          // A range holds at most as many changes as it spans.
          limit: upTo === undefined ? PULL_PAGE : upTo - cursor,
          ...(upTo === undefined ? {} : { upTo }),
        });
      let reset = false;
      // Pages are applied strictly in order, each with its cursor in one transaction;
      // a failure drops the pages fetched ahead.
      for await (const page of pagesAhead(fetch, session.cursor, PULL_RANGE, PAGES_AHEAD)) {
        if (page.kind === 'reset-required') {
          reset = true;
          break;
        }
        await this.applyPage(page, report);
        report.cursor = page.cursor;
      }
      if (!reset) return;
      await this.reset();
    }
  }

  private async applyPage(
    page: Extract<PullResponse, { kind: 'changes' }>,
    report: SyncReport,
  ): Promise<void> {
    const tables = [...applyTables(this.db), this.db.syncState, this.db.notices, this.db.outbox];
    await this.db.transaction('rw', tables, async () => {
      // Read inside the transaction: another tab may have moved the cursor meanwhile.
      const { cursor } = await this.session();
      const applied = await applyChanges(this.db, page.changes);
      report.pulled += applied.stored;
      for (const added of page.scope.added) {
        await this.db.notices.add({
          kind: 'case-joined-scope',
          caseId: added.caseId,
          caseNumber: added.caseNumber,
          assigneeName: added.assigneeName,
          at: this.now(),
          seen: 0,
        });
      }
      // A case with changes still queued is kept until they are pushed (and become the new owner's conflicts).
      const queuedCases =
        page.scope.removed.length > 0
          ? new Set((await this.db.outbox.toArray()).map((entry) => caseIdOf(entry.args)))
          : new Set();
      for (const removed of page.scope.removed) {
        if (!queuedCases.has(removed.caseId)) await purgeCase(this.db, removed.caseId);
        await this.db.notices.add({
          kind: 'case-left-scope',
          caseId: removed.caseId,
          caseNumber: removed.caseNumber,
          assigneeName: removed.assigneeName,
          at: this.now(),
          seen: 0,
        });
      }
      // Never backwards (a page another tab already applied): rows stored stay at or below it.
      await this.db.syncState.update('session', { cursor: Math.max(cursor, page.cursor) });
    });
  }

  /** The server no longer has our cursor's history: push what we owe, then start from scratch. */
  private async reset(): Promise<void> {
    const report: SyncReport = { pushed: 0, rejected: 0, conflicts: 0, pulled: 0, cursor: 0 };
    await this.pushOutbox(report);
    await this.db.transaction('rw', [...applyTables(this.db), this.db.syncState], async () => {
      await clearSyncedTables(this.db);
      await this.db.syncState.update('session', { cursor: 0 });
    });
  }

  private async session() {
    const session = await this.db.syncState.get('session');
    if (!session) throw new SyncError('auth', 'No local session: sign in first.');
    return session;
  }
}

function toWire(entry: OutboxEntry) {
  return {
    mutationId: entry.mutationId,
    deviceId: entry.deviceId,
    deviceSeq: entry.deviceSeq,
    name: entry.name,
    version: entry.version,
    args: entry.args,
    baseRowVersions: entry.baseRowVersions,
  };
}

export function caseIdOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null || !('caseId' in args)) return null;
  const caseId = (args as { caseId: unknown }).caseId;
  return typeof caseId === 'string' ? caseId : null;
}
