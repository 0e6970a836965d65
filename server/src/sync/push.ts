import type { Insertable, Kysely } from 'kysely';
import { isMutationName, MUTATION_VERSION } from '@shared/sync/mutations';
import type { Mutation, MutationResult } from '@shared/sync/protocol';
import type { z } from 'zod';
import { describeIssues } from '@shared/lib/zod-issues';
import { appendAuditEntries, type AuditEntry } from '../audit/audit-log';
import type { TokenClaims } from '../auth/tokens';
import type { Database, ProcessedMutationsTable } from '../db/schema';
import type { Outcome } from './mutations/context';
import { MUTATION_ARGS, MUTATION_HANDLERS } from './mutations/registry';
import type { PokeHub } from './pokes';
import { SyncWriter } from './writer';

type ParsedMutation = z.output<typeof Mutation>;

export interface PushDeps {
  db: Kysely<Database>;
  pokes: PokeHub;
  /** Work that follows an approved decision once it is committed: issuing its notice. */
  onApproved?: (approvalId: string) => Promise<void>;
}

/** Mutations applied under one lock and one commit; bounds how long other writers wait. */
const TRANSACTION_BATCH = 100;

type Actor = { id: string; authorityLimitFen: number };

/**
 * Applies a device's mutations in deviceSeq order, each result recorded
 * beside its effect: a repeat of a processed mutation returns the stored
 * result and changes nothing, and one rejected mutation never blocks those
 * after it. Mutations share a transaction per batch; if one of them fails
 * unexpectedly the batch rolls back and is applied again one transaction per
 * mutation, so those before the failing one still commit and it fails alone.
 */
export async function push(
  deps: PushDeps,
  principal: TokenClaims,
  request: { deviceId: string; mutations: ParsedMutation[] },
): Promise<{ results: MutationResult[] }> {
  const row = await deps.db
    .selectFrom('users')
    .select(['id', 'authority_limit_fen'])
    .where('id', '=', principal.sub)
    .executeTakeFirstOrThrow();
  const actor: Actor = { id: row.id, authorityLimitFen: row.authority_limit_fen };
  const mutations = [...request.mutations].sort((a, b) => a.deviceSeq - b.deviceSeq);
  const results: MutationResult[] = [];
  for (let at = 0; at < mutations.length; at += TRANSACTION_BATCH) {
    const batch = mutations.slice(at, at + TRANSACTION_BATCH);
    const apply = (some: ParsedMutation[]) =>
      applyBatch(deps, principal, actor, request.deviceId, some);
    const batchResults = await apply(batch).catch(async (error: unknown) => {
      if (batch.length === 1) throw error;
      const one: MutationResult[] = [];
      for (const mutation of batch) one.push(...(await apply([mutation])));
      return one;
    });
    for (const [i, mutation] of batch.entries()) {
      const outcome = batchResults[i];
      if (outcome) await afterCommit(deps, mutation, outcome);
    }
    results.push(...batchResults);
  }
  return { results };
}

/** Applies mutations in order in one transaction; returns one result per mutation. */
async function applyBatch(
  deps: PushDeps,
  principal: TokenClaims,
  actor: Actor,
  deviceId: string,
  mutations: ParsedMutation[],
): Promise<MutationResult[]> {
  let latest = 0;
  const results = await deps.db.transaction().execute(async (trx) => {
    const writer = await SyncWriter.begin(trx);
    // Read under the lock: two pushes of the same batch may race.
    const known = await processedResults(
      trx,
      mutations.map((m) => m.mutationId),
    );
    const processed: Insertable<ProcessedMutationsTable>[] = [];
    const audit: AuditEntry[] = [];
    const answered: MutationResult[] = [];
    for (const mutation of mutations) {
      if (mutation.deviceId !== deviceId) {
        answered.push(
          result(mutation.mutationId, {
            status: 'rejected',
            reason: 'wrong-device',
            message: 'The mutation belongs to another device.',
          }),
        );
        continue;
      }
      const previous = known.get(mutation.mutationId);
      if (previous) {
        answered.push(previous);
        continue;
      }
      const stored = result(
        mutation.mutationId,
        await runHandler(writer, principal, actor, mutation),
      );
      // A duplicate later in the same batch answers with this result.
      known.set(mutation.mutationId, stored);
      answered.push(stored);
      processed.push({
        mutation_id: mutation.mutationId,
        device_id: mutation.deviceId,
        device_seq: mutation.deviceSeq,
        user_id: principal.sub,
        seq: await writer.nextSeq(),
        result: JSON.stringify(stored),
        processed_at: writer.now,
      });
      audit.push({
        actor: principal.sub,
        action: `mutation:${mutation.name}`,
        entity: 'mutation',
        entityId: mutation.mutationId,
        caseId: caseIdOf(mutation.args),
        detail: { status: stored.status, reason: stored.reason, device: mutation.deviceId },
      });
    }
    if (processed.length > 0)
      await trx.insertInto('processed_mutations').values(processed).execute();
    await appendAuditEntries(trx, audit, writer.now);
    await deps.pokes.publish(trx, writer.latestSeq);
    latest = writer.latestSeq;
    return answered;
  });
  if (latest > 0) deps.pokes.committed(latest);
  return results;
}

async function runHandler(
  writer: SyncWriter,
  principal: TokenClaims,
  actor: Actor,
  mutation: ParsedMutation,
): Promise<Outcome> {
  if (!isMutationName(mutation.name))
    return {
      status: 'rejected',
      reason: 'unknown-mutation',
      message: `Unknown mutation "${mutation.name}".`,
    };
  if (mutation.version !== MUTATION_VERSION) {
    return {
      status: 'rejected',
      reason: 'unsupported-version',
      message: `${mutation.name} version ${mutation.version} is not supported; update the app.`,
    };
  }
  const args = MUTATION_ARGS[mutation.name].safeParse(mutation.args);
  if (!args.success)
    return {
      status: 'rejected',
      reason: 'invalid-arguments',
      message: `${mutation.name}: ${describeIssues(args.error)}`,
    };
  // Each name's schema and handler are paired in the registry; the call below is that pairing.
  const handler = MUTATION_HANDLERS[mutation.name] as (
    ctx: Parameters<(typeof MUTATION_HANDLERS)['note.add']>[0],
    a: unknown,
  ) => Promise<Outcome>;
  return handler(
    {
      writer,
      principal,
      actor,
      mutationId: mutation.mutationId,
      mutationName: mutation.name,
      baseRowVersions: mutation.baseRowVersions,
    },
    args.data,
  );
}

async function processedResults(
  db: Kysely<Database>,
  mutationIds: string[],
): Promise<Map<string, MutationResult>> {
  const rows = await db
    .selectFrom('processed_mutations')
    .select(['mutation_id', 'result'])
    .where('mutation_id', 'in', mutationIds)
    .execute();
  return new Map(rows.map((row) => [row.mutation_id, row.result as unknown as MutationResult]));
}

function result(mutationId: string, outcome: Outcome): MutationResult {
  return {
    mutationId,
    status: outcome.status,
    reason: 'reason' in outcome ? outcome.reason : null,
    message: 'message' in outcome ? outcome.message : null,
    conflictIds: 'conflictIds' in outcome ? outcome.conflictIds : [],
    output: 'output' in outcome && outcome.output ? outcome.output : {},
  };
}

function caseIdOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null || !('caseId' in args)) return null;
  const caseId = (args as { caseId: unknown }).caseId;
  return typeof caseId === 'string' ? caseId : null;
}

/**
 * The notice follows its approval in the same push, so the approver's next
 * pull already has it. A failure never undoes the approval: it is logged and
 * the notice can be issued again, since issuing is idempotent.
 */
async function afterCommit(
  deps: PushDeps,
  mutation: ParsedMutation,
  outcome: MutationResult,
): Promise<void> {
  if (mutation.name !== 'adjudication.decide' || outcome.status !== 'applied' || !deps.onApproved)
    return;
  const args = mutation.args as { approvalId?: unknown; decision?: unknown };
  if (args.decision !== 'approve' || typeof args.approvalId !== 'string') return;
  await deps.onApproved(args.approvalId).catch((error: unknown) => {
    console.error(
      `decision notice for ${args.approvalId}: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
