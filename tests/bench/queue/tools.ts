import { isOpenState } from '@shared/domain/lifecycle';
import {
  computeClocks,
  nextDueClock,
  priorityScore,
  slaFactsOf,
  type AnomalySeverity,
  type OpenFlags,
  type PriorityScore,
} from '@shared/domain/sla';
import { CaseRecord, FlagRecord } from '@shared/sync/records';
import { packDigests, readDigests } from '../../../renderer/src/data/case-digests/pack';
import { database, type Stored } from '../../../renderer/src/data/db';
import { deviceKeys } from '../../../renderer/src/data/sealing/device-key';
import { createWebVault } from '../../../renderer/src/platform/web-vault';
import type { Expected, QueueBenchApi } from './api';
import { syntheticCases, type SyntheticCase, type TeamPeople } from './synthetic';

/**
 * The bench's tools, added to a same-origin page that runs no app code
 * (/health), so nothing of the workstation reacts while they write or
 * measure. They use the workstation's own database class on its own
 * database (`workstation`), and the shared SLA engine for the baselines.
 */

/** What the baselines need of a judged case: the SLA engine's answer and the fields filtered on. */
interface JudgedRow {
  caseNumber: string;
  teamId: string | null;
  open: boolean;
  /** The SLA column's sort value: the next clock's time left, none last. */
  sla: number;
  priority: PriorityScore | null;
}

let records: Stored<CaseRecord>[] | null = null;
let rows: JudgedRow[] | null = null;

/** Cases hold sealed fields: the tools read and write them under the device's key, as the app does. */
const keyLoaded = createWebVault()
  .dataKey()
  .then((key) => deviceKeys.load(key));

const now = () => performance.now();
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function sessionTeam(): Promise<TeamPeople> {
  const session = await database.syncState.get('session');
  if (!session) throw new Error('no session in the workstation database: sign in first');
  const user = await database.users.get(session.userId);
  if (!user?.teamId) throw new Error(`user ${session.userId} has no team`);
  const team = await database.teams.get(user.teamId);
  const members = await database.users.where('teamId').equals(user.teamId).toArray();
  const of = (role: string) => members.filter((m) => m.role === role && m.active).map((m) => m.id);
  const adjusterIds = of('adjuster');
  if (adjusterIds.length === 0) throw new Error(`team ${user.teamId} has no adjusters`);
  return { teamId: user.teamId, city: team?.region ?? '上海', adjusterIds, fieldIds: of('field') };
}

/** The first chunk is checked against the sync schemas: sync would refuse what they refuse. */
function validate(batch: SyntheticCase[]): void {
  for (const { record, flags } of batch.slice(0, 200)) {
    const parsed = CaseRecord.safeParse(record);
    if (!parsed.success) throw new Error(`synthetic case is not a CaseRecord: ${parsed.error}`);
    for (const flag of flags) {
      const f = FlagRecord.safeParse(flag);
      if (!f.success) throw new Error(`synthetic flag is not a FlagRecord: ${f.error}`);
    }
  }
}

/** As the queue names a case in the grid (queue-row.ts). */
const caseNumberOf = (c: Stored<CaseRecord>) =>
  c.caseNumber ?? c.provisionalNumber ?? c.id.slice(0, 8);

/** The SLA column's comparator (queue-columns.tsx), without the grid. */
const compare = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);

const RANK: Record<AnomalySeverity, number> = { low: 1, medium: 2, high: 3 };
const NO_FLAGS: OpenFlags = { count: 0 };

async function openFlagsByCase(): Promise<Map<string, OpenFlags>> {
  const byCase = new Map<string, { count: number; maxSeverity: AnomalySeverity }>();
  for (const flag of await database.flags.where('verdict').equals('open').toArray()) {
    const seen = byCase.get(flag.caseId);
    if (!seen) byCase.set(flag.caseId, { count: 1, maxSeverity: flag.severity });
    else {
      seen.count++;
      if (RANK[flag.severity] > RANK[seen.maxSeverity]) seen.maxSeverity = flag.severity;
    }
  }
  return byCase;
}

/**
 * The SLA engine's work for one case, with the same calls as the queue's
 * toQueueRow (queue-row.ts, which this project's type check cannot reach):
 * every clock, the next one due, and the priority of an open case.
 */
function judge(record: Stored<CaseRecord>, flags: OpenFlags, at: number): JudgedRow {
  const clocks = computeClocks(slaFactsOf(record, flags), at);
  const clock = nextDueClock(clocks);
  const open = isOpenState(record.state);
  const facts = {
    greenChannel: record.greenChannel,
    disaster: record.disaster,
    claimedFen: record.claimedFen,
    openAnomalyCount: flags.count,
    complaints: record.milestones.complaints ?? [],
    ...(flags.maxSeverity ? { maxAnomalySeverity: flags.maxSeverity } : {}),
  };
  return {
    caseNumber: caseNumberOf(record),
    teamId: record.teamId,
    open,
    sla: clock ? clock.remainingMs : Number.POSITIVE_INFINITY,
    priority: open ? priorityScore(facts, clocks) : null,
  };
}

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what}: run the step before it first`);
  return value;
}

const api: QueueBenchApi = {
  async lastSyncedAt() {
    await keyLoaded;
    return (await database.syncState.get('session'))?.lastSyncedAt ?? null;
  },

  async inject(count, chunk, seed) {
    await keyLoaded;
    const team = await sessionTeam();
    const at = Date.now();
    const result = { cases: 0, flags: 0, openFlags: 0, ms: 0 };
    const began = now();
    for (let from = 0; from < count; from += chunk) {
      const batch = syntheticCases({ team, from, count: chunk, total: count, now: at, seed });
      if (from === 0) validate(batch);
      const flags = batch.flatMap((c) => c.flags);
      await database.transaction('rw', database.cases, database.flags, async () => {
        await database.cases.bulkPut(batch.map((c) => c.record));
        await database.flags.bulkPut(flags);
      });
      result.cases += batch.length;
      result.flags += flags.length;
      result.openFlags += flags.filter((f) => f.verdict === 'open').length;
    }
    // What a running app does once a sync has written this much (case-digests/feed.ts).
    await packDigests(database);
    result.ms = now() - began;
    return result;
  },

  async expected(queries): Promise<Expected> {
    await keyLoaded;
    const { teamId } = await sessionTeam();
    const all = await database.cases.toArray();
    // The supervisor's default view: their team, open cases only (queue-filter.ts).
    const shown = all.filter((c) => c.teamId === teamId && isOpenState(c.state));
    const byQuery: Record<string, number> = {};
    for (const query of queries) {
      const upper = query.toUpperCase();
      byQuery[query] = shown.filter((c) => caseNumberOf(c).toUpperCase().includes(upper)).length;
    }
    return { teamId, total: all.length, shown: shown.length, byQuery };
  },

  async readCases(runs) {
    await keyLoaded;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      records = null;
      const began = now();
      records = await database.cases.toArray();
      times.push(now() - began);
    }
    return times;
  },

  async readDigests(runs) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const began = now();
      const digests = [...(await readDigests(database, null)).byId.values()];
      times.push(now() - began);
      if (digests.length === 0) throw new Error('no case digests: the cases were not written');
    }
    return times;
  },

  async judgeRows() {
    const all = need(records, 'judgeRows');
    const flags = await openFlagsByCase();
    const at = Date.now();
    const began = now();
    rows = all.map((record) => judge(record, flags.get(record.id) ?? NO_FLAGS, at));
    return now() - began;
  },

  async filterRows(queries, repeats) {
    const all = need(rows, 'filterRows');
    return queries.map((query) => {
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const began = now();
        const kept = all.filter((row) => row.caseNumber.includes(query));
        times.push(now() - began);
        if (kept.length > all.length) throw new Error('unreachable: keeps the result alive');
      }
      return median(times);
    });
  },

  async sortRows(runs) {
    const { teamId } = await sessionTeam();
    // The grid sorts only the rows its filters keep: the same ones here.
    const shown = need(rows, 'sortRows').filter((row) => row.teamId === teamId && row.open);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const began = now();
      shown.slice().sort((a, b) => compare(a.sla, b.sla));
      times.push(now() - began);
    }
    return times;
  },
};

window.queueBench = api;
