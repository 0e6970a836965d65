import type { Selectable } from 'kysely';
import { applyMilestoneEvent, type MilestoneEvent } from '@shared/domain/milestones';
import type { EventRecord } from '@shared/sync/records';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { TokenClaims } from '../../auth/tokens';
import type { CasesTable } from '../../db/schema';
import type { SyncWriter } from '../writer';

export type Outcome =
  | { status: 'applied'; output?: Record<string, unknown> }
  | { status: 'merged'; conflictIds: string[]; output?: Record<string, unknown> }
  | { status: 'conflict'; reason: string; message: string; conflictIds: string[] }
  | { status: 'rejected'; reason: string; message: string };

export interface MutationContext {
  writer: SyncWriter;
  principal: TokenClaims;
  actor: { id: string; authorityLimitFen: number };
  mutationId: string;
  mutationName: string;
  baseRowVersions: Record<string, number>;
}

export const reject = (reason: string, message: string): Outcome => ({
  status: 'rejected',
  reason,
  message,
});

export type CaseRow = Selectable<CasesTable>;

/** What deciding whether a case may be written needs of it. */
const WRITABLE_COLUMNS = ['id', 'team_id', 'assignee_id', 'deleted'] as const;
type WritableCase = Pick<CaseRow, (typeof WRITABLE_COLUMNS)[number]>;

function inScope(principal: TokenClaims, row: WritableCase): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'supervisor':
      return principal.team !== null && row.team_id === principal.team;
    default:
      return row.assignee_id === principal.sub;
  }
}

/**
 * The case a mutation writes to, if the actor may write it. A case that left
 * the actor's scope (reassigned while they were offline) turns their edit
 * into a conflict for the new owner rather than losing or applying it.
 */
export function caseForWrite(
  ctx: MutationContext,
  caseId: string,
  args: unknown,
): Promise<CaseRow | Outcome> {
  return writableCase(ctx, caseId, args, () =>
    lockedCase(ctx, caseId).selectAll().executeTakeFirst(),
  );
}

/**
 * caseForWrite for a mutation that only adds to a case (a note, a contact):
 * it reads no more of the case than the check needs. In a push of a
 * thousand notes, reading their cases' whole rows took about 0.6 s of the
 * database's time; these columns take about 0.4 s.
 */
export function caseToAddTo(
  ctx: MutationContext,
  caseId: string,
  args: unknown,
): Promise<WritableCase | Outcome> {
  return writableCase(ctx, caseId, args, () =>
    lockedCase(ctx, caseId).select(WRITABLE_COLUMNS).executeTakeFirst(),
  );
}

/** The case's row, locked until the mutation's transaction ends. */
function lockedCase(ctx: MutationContext, caseId: string) {
  return ctx.writer.trx.selectFrom('cases').where('id', '=', caseId).forUpdate();
}

async function writableCase<Row extends WritableCase>(
  ctx: MutationContext,
  caseId: string,
  args: unknown,
  read: () => Promise<Row | undefined>,
): Promise<Row | Outcome> {
  if (ctx.principal.role === 'admin')
    return reject('read-only-role', 'Administrators cannot change claims.');
  const row = await read();
  if (!row) return reject('case-not-found', `No case ${caseId} in your scope.`);
  if (row.deleted) {
    const id = await recordConflict(ctx, row, {
      entity: 'case',
      entityId: caseId,
      field: null,
      mine: args,
      theirs: null,
      reason: 'edit-of-deleted',
    });
    return {
      status: 'conflict',
      reason: 'edit-of-deleted',
      message: 'The case was deleted on the server; your edit is kept as a conflict.',
      conflictIds: [id],
    };
  }
  if (inScope(ctx.principal, row)) return row;
  const wasMine = await ctx.writer.trx
    .selectFrom('change_log')
    .select('seq')
    .where('case_id', '=', caseId)
    .where('op', '=', 'scope-remove')
    .where('scope_user_id', '=', ctx.principal.sub)
    .limit(1)
    .executeTakeFirst();
  if (!wasMine) return reject('case-not-found', `No case ${caseId} in your scope.`);
  const id = await recordConflict(ctx, row, {
    entity: 'case',
    entityId: caseId,
    field: null,
    mine: args,
    theirs: null,
    reason: 'case-reassigned',
  });
  return {
    status: 'conflict',
    reason: 'case-reassigned',
    message:
      'The case was reassigned before this change arrived; it is kept as a conflict for the new owner to review.',
    conflictIds: [id],
  };
}

export function isOutcome(value: WritableCase | Outcome): value is Outcome {
  return 'status' in value;
}

export async function recordConflict(
  ctx: MutationContext,
  row: Pick<CaseRow, 'id'>,
  conflict: {
    entity: string;
    entityId: string;
    field: string | null;
    mine: unknown;
    theirs: unknown;
    reason: string;
  },
): Promise<string> {
  const id = uuidv7(ctx.writer.now);
  await ctx.writer.putSatellite('conflicts', 'conflict', {
    id,
    caseId: row.id,
    mutationId: ctx.mutationId,
    mutationName: ctx.mutationName,
    authorId: ctx.actor.id,
    ...conflict,
    resolution: 'open',
    createdAt: ctx.writer.now,
  });
  return id;
}

/**
 * Appends an event to the case's history. `id` is the client's own id for an
 * event it already shows (a complaint step, a survey), so the service's copy
 * replaces the optimistic one on the next pull; callers refuse a reused id
 * first (refuseExisting), because history is never overwritten.
 */
export async function recordEvent(
  ctx: MutationContext,
  caseId: string,
  event: Pick<EventRecord, 'kind'> &
    Partial<Pick<EventRecord, 'id' | 'fromState' | 'toState' | 'reason' | 'detail'>>,
): Promise<void> {
  const id = event.id ?? uuidv7(ctx.writer.now);
  if (event.id !== undefined && (await exists(ctx, 'case_events', id)))
    throw new Error(`case event ${id} already exists; refuse the mutation before recording it`);
  await ctx.writer.putSatellite('case_events', 'event', {
    id,
    caseId,
    at: ctx.writer.now,
    actorId: ctx.actor.id,
    kind: event.kind,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    reason: event.reason ?? null,
    detail: event.detail ?? {},
  });
  await advanceMilestones(ctx, caseId, {
    at: ctx.writer.now,
    kind: event.kind,
    toState: event.toState ?? null,
    detail: event.detail ?? {},
  });
}

/** Keeps the case's milestones the fold of its events; most events (notes, documents) change none. */
async function advanceMilestones(
  ctx: MutationContext,
  caseId: string,
  event: MilestoneEvent,
): Promise<void> {
  const row = await ctx.writer.trx
    .selectFrom('cases')
    .select('milestones')
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row) return;
  const next = applyMilestoneEvent(row.milestones, event);
  if (next !== row.milestones)
    await ctx.writer.updateCase(caseId, { milestones: JSON.stringify(next) });
}

/** The base version the client saw, for `entity:id`; undefined when it sent none. */
export function baseVersion(ctx: MutationContext, entity: string, id: string): number | undefined {
  return ctx.baseRowVersions[`${entity}:${id}`];
}

type CreatedOnce =
  | 'case_events'
  | 'notes'
  | 'contacts'
  | 'flags'
  | 'calculations'
  | 'documents'
  | 'approvals'
  | 'payments';

/**
 * Records created on a device carry the device's id: one that already exists
 * is a different record under a reused id (a true replay never gets here —
 * processed mutations answer replays), so it is refused, never overwritten.
 */
export async function refuseExisting(
  ctx: MutationContext,
  table: CreatedOnce,
  id: string,
  what: string,
): Promise<Outcome | null> {
  return (await exists(ctx, table, id)) ? duplicateId(what, id) : null;
}

/** The answer to a mutation that would create a record whose id is taken. */
export function duplicateId(what: string, id: string): Outcome {
  return reject('duplicate-id', `A ${what} with id ${id} already exists.`);
}

async function exists(ctx: MutationContext, table: CreatedOnce, id: string): Promise<boolean> {
  const existing = await ctx.writer.trx
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return existing !== undefined;
}

/**
 * Status, assignee and reserve are server-authoritative: when the field
 * changed after the client's base version, the server's value stands and the
 * client's becomes a visible conflict. Null when the change may proceed.
 */
export async function serverValueStands(
  ctx: MutationContext,
  row: CaseRow,
  change: {
    column: 'assignee_id' | 'reserved_fen';
    field: string;
    mine: unknown;
    reason: string;
    message: string;
  },
): Promise<Outcome | null> {
  const base = baseVersion(ctx, 'case', row.id);
  const theirs = row[change.column];
  if (
    base === undefined ||
    (row.field_versions[change.column] ?? 0) <= base ||
    theirs === change.mine
  )
    return null;
  const id = await recordConflict(ctx, row, {
    entity: 'case',
    entityId: row.id,
    field: change.field,
    mine: change.mine,
    theirs,
    reason: change.reason,
  });
  return { status: 'conflict', reason: change.reason, message: change.message, conflictIds: [id] };
}
