import fc from 'fast-check';
import type { MutationArgs } from '@shared/sync/mutations';
import type { MutationResult } from '@shared/sync/protocol';
import type { CaseRecord } from '@shared/sync/records';

/**
 * The schedules the sync property test runs, and the rules it judges their
 * outcome by. Everything here is plain data and pure functions, so a failing
 * schedule can be read, shrunk and replayed.
 */

export const EDITABLE_FIELDS = ['description', 'lossLocation', 'claimedFen'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

// Few values per field, so two devices often pick the same one and the "theirs equals mine" path is exercised.
export const FIELD_VALUES = {
  description: ['追尾事故，后保险杠受损', '客户已补充维修发票', '现场照片已上传'],
  lossLocation: ['上海市浦东新区', '杭州市西湖区', '南京市鼓楼区'],
  claimedFen: [1_000_000, 2_500_000, 4_000_000],
} as const satisfies { [F in EditableField]: readonly CaseRecord[F][] };

/** What the supervisor may hand a case to: both adjusters under test and a third one nobody here sees. */
export const ASSIGNEES = ['user-adj-east1', 'user-adj-east2', 'user-adj-east3'] as const;

export type SyncFault =
  | 'none'
  /** The first answer of the cycle (the push's, or the pull's when nothing is queued) is lost. */
  | 'lose-first'
  /** The push is answered, the pull's answer is lost. */
  | 'lose-pull'
  /** The push and the pull each reach the server twice, one after the other. */
  | 'duplicate'
  /** The same, both copies at once. */
  | 'duplicate-concurrent'
  /** The server takes only the first `cutAfter` mutations of the push, then the connection dies. */
  | 'cut';

export type ClientOp =
  | { kind: 'idle' }
  | { kind: 'note'; pick: number }
  | { kind: 'edit'; pick: number; changes: [EditableField, number][] }
  | { kind: 'assign'; pick: number; to: number }
  | { kind: 'offline' }
  | { kind: 'online' }
  | { kind: 'sync'; fault: SyncFault; cutAfter: number }
  | { kind: 'restart-client' }
  | { kind: 'restart-server' };

/**
 * Who the three clients are. Either two adjusters and their supervisor, whose
 * edits collide on the adjusters' cases and who moves cases between them; or
 * one adjuster on two devices and the supervisor, where the same user's
 * devices collide with each other.
 */
export const ROSTERS = {
  'two-adjusters': ['adj.east1', 'adj.east2', 'sup.east'],
  'two-devices': ['adj.east1', 'adj.east1', 'sup.east'],
} as const;
export type Roster = keyof typeof ROSTERS;

export interface Step {
  client: number;
  op: ClientOp;
}

export interface Schedule {
  roster: Roster;
  steps: Step[];
}

// Mostly the first two cases of the client's list, so clients keep meeting on the same cases.
const pick = fc.oneof(
  { arbitrary: fc.nat({ max: 1 }), weight: 2 },
  { arbitrary: fc.nat({ max: 11 }), weight: 1 },
);

const syncOp: fc.Arbitrary<ClientOp> = fc.record({
  kind: fc.constant('sync' as const),
  fault: fc.oneof(
    { arbitrary: fc.constant('none' as const), weight: 8 },
    { arbitrary: fc.constant('lose-first' as const), weight: 2 },
    { arbitrary: fc.constant('lose-pull' as const), weight: 1 },
    { arbitrary: fc.constant('duplicate' as const), weight: 2 },
    { arbitrary: fc.constant('duplicate-concurrent' as const), weight: 2 },
    { arbitrary: fc.constant('cut' as const), weight: 2 },
  ),
  cutAfter: fc.nat({ max: 2 }),
});

const editOp: fc.Arbitrary<ClientOp> = fc.record({
  kind: fc.constant('edit' as const),
  pick,
  changes: fc.uniqueArray(fc.tuple(fc.constantFrom(...EDITABLE_FIELDS), fc.nat({ max: 2 })), {
    minLength: 1,
    maxLength: 2,
    selector: ([field]) => field,
  }),
});

/**
 * One client's operations. `idle` comes first so that shrinking, which tries
 * the first alternative, turns the steps a failure does not need into no-ops.
 */
function clientOps(role: 'adjuster' | 'supervisor', length: number): fc.Arbitrary<ClientOp[]> {
  const supervisor = role === 'supervisor';
  const op = fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant<ClientOp>({ kind: 'idle' }), weight: 30 },
    {
      arbitrary: fc.record({ kind: fc.constant('note' as const), pick }),
      weight: supervisor ? 8 : 22,
    },
    { arbitrary: editOp, weight: supervisor ? 12 : 22 },
    {
      arbitrary: fc.record({
        kind: fc.constant('assign' as const),
        pick,
        to: fc.nat({ max: ASSIGNEES.length - 1 }),
      }),
      weight: supervisor ? 26 : 0,
    },
    { arbitrary: fc.constant<ClientOp>({ kind: 'offline' }), weight: 75 },
    { arbitrary: fc.constant<ClientOp>({ kind: 'online' }), weight: 90 },
    { arbitrary: syncOp, weight: 75 },
    { arbitrary: fc.constant<ClientOp>({ kind: 'restart-client' }), weight: 45 },
    { arbitrary: fc.constant<ClientOp>({ kind: 'restart-server' }), weight: 1 },
  );
  return fc.array(op, { minLength: length, maxLength: length });
}

/**
 * Three clients' operations, `opsPerClient` each, interleaved at random: the
 * interleaving names a client per step, and a client whose operations are
 * used up passes its turn to the next one.
 */
export function scheduleArbitrary(opsPerClient: number): fc.Arbitrary<Schedule> {
  return fc
    .record({
      roster: fc.constantFrom<Roster>('two-adjusters', 'two-devices'),
      ops: fc.tuple(
        clientOps('adjuster', opsPerClient),
        clientOps('adjuster', opsPerClient),
        clientOps('supervisor', opsPerClient),
      ),
      order: fc.array(fc.nat({ max: 2 }), {
        minLength: opsPerClient * 3,
        maxLength: opsPerClient * 3,
      }),
    })
    .map(({ roster, ops, order }) => {
      const next = [0, 0, 0];
      const steps: Step[] = [];
      for (const wanted of order) {
        for (let k = 0; k < 3; k++) {
          const client = (wanted + k) % 3;
          const op = ops[client]?.[next[client] ?? 0];
          if (op === undefined) continue;
          next[client] = (next[client] ?? 0) + 1;
          steps.push({ client, op });
          break;
        }
      }
      const schedule: Schedule = { roster, steps };
      return Object.assign(schedule, { [fc.toStringMethod]: () => describeSchedule(schedule) });
    });
}

/** A failing schedule as a reader wants it: one line per step that does something. */
export function describeSchedule(schedule: Schedule): string {
  const lines = schedule.steps
    .map((step, i) => ({ i, step }))
    .filter(({ step }) => step.op.kind !== 'idle')
    .map(({ i, step }) => `  #${i} c${step.client} ${describeOp(step.op)}`);
  return `${schedule.roster} (${ROSTERS[schedule.roster].join(', ')}), ${lines.length} non-idle steps:\n${lines.join('\n')}`;
}

function describeOp(op: ClientOp): string {
  switch (op.kind) {
    case 'note':
      return `note on case #${op.pick}`;
    case 'edit':
      return `edit case #${op.pick}: ${op.changes.map(([f, v]) => `${f}=${v}`).join(', ')}`;
    case 'assign':
      return `assign case #${op.pick} to ${ASSIGNEES[op.to] ?? op.to}`;
    case 'sync':
      return op.fault === 'cut' ? `sync (cut after ${op.cutAfter})` : `sync (${op.fault})`;
    default:
      return op.kind;
  }
}

// ---------------------------------------------------------------------------
// The oracle: what the server must have answered, and written, for each
// mutation, worked out from the change log alone (architecture §5 rule 6).

export type QueuedCall =
  | { name: 'note.add'; args: MutationArgs<'note.add'> }
  | { name: 'case.update'; args: MutationArgs<'case.update'> }
  | { name: 'case.assign'; args: MutationArgs<'case.assign'> };

/** A mutation a client queued, as the test saw it go into the outbox. */
export type QueuedMutation = QueuedCall & {
  mutationId: string;
  client: number;
  userId: string;
  role: 'adjuster' | 'supervisor';
  /** The case rowVersion sent as the base, when one was. */
  base: number | null;
};

export interface LogEntry {
  seq: number;
  entity: string;
  entityId: string;
  caseId: string | null;
  op: 'upsert' | 'delete' | 'scope-add' | 'scope-remove';
  data: Record<string, unknown> | null;
  scopeUserId: string | null;
}

export interface CaseVersion {
  seq: number;
  record: CaseRecord;
}

interface Expectation {
  status: MutationResult['status'];
  reason: string | null;
  /** Conflict records the mutation must leave: field, and the values that lost and stood. */
  conflicts: { field: string | null; mine: unknown; theirs: unknown; reason: string }[];
  /** The change-log entries the mutation's own transaction must hold, as `entity:op`. */
  writes: string[];
  /** For a written case: the fields that must have taken the mutation's values. */
  applied: Partial<CaseRecord>;
}

/**
 * Judges one mutation against the log. `history` holds every version of its
 * case in seq order; `rangeStart` is the highest sequence committed before
 * the mutation's transaction, and `own` the entries that transaction wrote.
 */
export function judgeMutation(
  m: QueuedMutation,
  result: MutationResult,
  history: readonly CaseVersion[],
  runLog: readonly LogEntry[],
  rangeStart: number,
  own: readonly LogEntry[],
): string[] {
  const where = `${m.name} ${m.mutationId} (client ${m.client})`;
  const before = [...history].reverse().find((v) => v.seq <= rangeStart);
  if (!before) return [`${where}: its case ${m.args.caseId} has no version before it`];
  const expected = rulesFor(m, before, history, runLog, rangeStart);
  if ('problem' in expected) return [`${where}: ${expected.problem}`];
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${where}: ${text}`);

  if (result.status !== expected.status || result.reason !== expected.reason)
    say(
      `answered ${result.status}/${result.reason ?? '-'}, the rules say ${expected.status}/${expected.reason ?? '-'}`,
    );
  const writes = own.map((e) => `${e.entity}:${e.op}`).sort();
  if (writes.join(',') !== [...expected.writes].sort().join(','))
    say(`wrote [${writes.join(', ')}], expected [${[...expected.writes].sort().join(', ')}]`);

  const conflicts = own.filter((e) => e.entity === 'conflict');
  const conflictIds = conflicts.map((e) => e.entityId).sort();
  if ([...result.conflictIds].sort().join(',') !== conflictIds.join(','))
    say(`reports conflicts [${result.conflictIds.join(', ')}], wrote [${conflictIds.join(', ')}]`);
  const described = conflicts
    .map((e) => e.data ?? {})
    .map((d) => ({ field: d['field'], mine: d['mine'], theirs: d['theirs'], reason: d['reason'] }));
  for (const want of expected.conflicts) {
    const found = described.find(
      (d) =>
        d.field === want.field &&
        d.reason === want.reason &&
        same(d.mine, want.mine) &&
        same(d.theirs, want.theirs),
    );
    if (!found) say(`no conflict record ${JSON.stringify(want)}`);
  }
  for (const e of conflicts) {
    if (e.data?.['mutationId'] !== m.mutationId || e.data['authorId'] !== m.userId)
      say(`conflict ${e.entityId} names mutation ${String(e.data?.['mutationId'])}`);
  }

  const written = own.find((e) => e.entity === 'case' && e.op === 'upsert');
  if (written) {
    const wanted = {
      ...before.record,
      ...expected.applied,
      updatedAt: written.data?.['updatedAt'],
    };
    if (!same(written.data, wanted))
      say(`wrote case ${JSON.stringify(written.data)}, expected ${JSON.stringify(wanted)}`);
  }
  if (m.name === 'note.add' && expected.status === 'applied') {
    const note = own.find((e) => e.entity === 'note');
    const { noteId, caseId, body, mentions } = m.args;
    const want = { id: noteId, caseId, authorId: m.userId, body, mentions };
    const got = note?.data ?? {};
    if (note?.entityId !== noteId || !same(want, { ...got, createdAt: undefined }))
      say(`wrote note ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
  if (m.name === 'case.assign' && expected.writes.includes('event:upsert')) {
    const event = own.find((e) => e.entity === 'event')?.data ?? {};
    const want = { from: before.record.assigneeId, to: m.args.assigneeId };
    if (event['kind'] !== 'assigned' || !same(event['detail'], want))
      say(
        `recorded event ${JSON.stringify(event)}, expected an assignment ${JSON.stringify(want)}`,
      );
    const scopes = own.filter((e) => e.op.startsWith('scope-'));
    const wantScopes = [
      ...(before.record.assigneeId ? [`scope-remove:${before.record.assigneeId}`] : []),
      `scope-add:${m.args.assigneeId}`,
    ];
    const gotScopes = scopes.map((e) => `${e.op}:${e.scopeUserId ?? '-'}`);
    if (gotScopes.sort().join(',') !== wantScopes.sort().join(','))
      say(`scope changes [${gotScopes.join(', ')}], expected [${wantScopes.join(', ')}]`);
  }
  return problems;
}

function rulesFor(
  m: QueuedMutation,
  before: CaseVersion,
  history: readonly CaseVersion[],
  runLog: readonly LogEntry[],
  rangeStart: number,
): Expectation | { problem: string } {
  const none = { conflicts: [], applied: {} };
  if (m.role === 'adjuster' && before.record.assigneeId !== m.userId) {
    // Out of the author's scope: their own earlier scope makes it a conflict for the new owner.
    const wasMine = runLog.some(
      (e) =>
        e.seq <= rangeStart &&
        e.op === 'scope-remove' &&
        e.caseId === m.args.caseId &&
        e.scopeUserId === m.userId,
    );
    if (!wasMine) return { ...none, status: 'rejected', reason: 'case-not-found', writes: [] };
    return {
      status: 'conflict',
      reason: 'case-reassigned',
      conflicts: [{ field: null, mine: m.args, theirs: null, reason: 'case-reassigned' }],
      writes: ['conflict:upsert'],
      applied: {},
    };
  }
  if (m.name === 'note.add')
    return { ...none, status: 'applied', reason: null, writes: ['note:upsert'] };

  if (m.base === null) return { problem: 'was queued without a base version' };
  const baseIndex = history.findIndex((v) => v.seq === m.base);
  if (baseIndex < 0) return { problem: `its base version ${m.base} never existed on the server` };
  const since = history.slice(baseIndex).filter((v) => v.seq <= rangeStart);
  const changedSinceBase = (field: keyof CaseRecord) =>
    since.some((v, i) => i > 0 && v.record[field] !== since[i - 1]?.record[field]);

  if (m.name === 'case.assign') {
    const to = m.args.assigneeId;
    if (before.record.assigneeId === to)
      return { ...none, status: 'applied', reason: null, writes: [] };
    if (changedSinceBase('assigneeId'))
      return {
        status: 'conflict',
        reason: 'assignee-changed',
        conflicts: [
          {
            field: 'assigneeId',
            mine: to,
            theirs: before.record.assigneeId,
            reason: 'assignee-changed',
          },
        ],
        writes: ['conflict:upsert'],
        applied: {},
      };
    return {
      status: 'applied',
      reason: null,
      conflicts: [],
      writes: [
        'case:upsert',
        'event:upsert',
        ...(before.record.assigneeId ? ['case:scope-remove'] : []),
        'case:scope-add',
      ],
      applied: { assigneeId: to },
    };
  }

  const conflicts: Expectation['conflicts'] = [];
  const applied: Record<string, unknown> = {};
  for (const [field, mine] of Object.entries(m.args.fields) as [EditableField, unknown][]) {
    const theirs = before.record[field];
    if (theirs === mine) continue;
    if (changedSinceBase(field)) conflicts.push({ field, mine, theirs, reason: 'field-changed' });
    else applied[field] = mine;
  }
  const writes = [
    ...(Object.keys(applied).length > 0 ? ['case:upsert'] : []),
    ...conflicts.map(() => 'conflict:upsert'),
  ];
  if (conflicts.length > 0)
    return { status: 'conflict', reason: 'field-changed', conflicts, writes, applied };
  return {
    status: m.base < before.seq ? 'merged' : 'applied',
    reason: null,
    conflicts,
    writes,
    applied,
  };
}

/** Equal as JSON values, whatever the key order (jsonb reorders keys). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
