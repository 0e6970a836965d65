import type { Kysely } from 'kysely';
import { isMutationName, MUTATION_VERSION } from '@shared/sync/mutations';
import type { Mutation, MutationResult } from '@shared/sync/protocol';
import type { z } from 'zod';
import { describeIssues } from '@shared/lib/zod-issues';
import { appendAudit } from '../audit/audit-log';
import type { TokenClaims } from '../auth/tokens';
import type { Database } from '../db/schema';
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

/**
 * Applies a device's mutations in deviceSeq order, each in its own
 * transaction with its result recorded beside its effect: a repeat of a
 * processed mutation returns the stored result and changes nothing, and one
 * rejected mutation never blocks those after it.
 */
export async function push(
  deps: PushDeps,
  principal: TokenClaims,
  request: { deviceId: string; mutations: ParsedMutation[] },
): Promise<{ results: MutationResult[] }> {
  const actor = await deps.db
    .selectFrom('users')
    .select(['id', 'authority_limit_fen'])
    .where('id', '=', principal.sub)
    .executeTakeFirstOrThrow();
  const mutations = [...request.mutations].sort((a, b) => a.deviceSeq - b.deviceSeq);
  const results: MutationResult[] = [];
  for (const mutation of mutations) {
    if (mutation.deviceId !== request.deviceId) {
      results.push(
        result(mutation.mutationId, {
          status: 'rejected',
          reason: 'wrong-device',
          message: 'The mutation belongs to another device.',
        }),
      );
      continue;
    }
    const outcome = await applyOne(
      deps,
      principal,
      { id: actor.id, authorityLimitFen: actor.authority_limit_fen },
      mutation,
    );
    results.push(outcome);
    await afterCommit(deps, mutation, outcome);
  }
  return { results };
}

async function applyOne(
  deps: PushDeps,
  principal: TokenClaims,
  actor: { id: string; authorityLimitFen: number },
  mutation: ParsedMutation,
): Promise<MutationResult> {
  const previous = await processedResult(deps.db, mutation.mutationId);
  if (previous) return previous;
  let latest = 0;
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const writer = await SyncWriter.begin(trx);
    // Checked again under the lock: two pushes of the same batch may race.
    const raced = await processedResult(trx, mutation.mutationId);
    if (raced) return raced;
    const value = await runHandler(writer, principal, actor, mutation);
    const stored = result(mutation.mutationId, value);
    const seq = await writer.nextSeq();
    await trx
      .insertInto('processed_mutations')
      .values({
        mutation_id: mutation.mutationId,
        device_id: mutation.deviceId,
        device_seq: mutation.deviceSeq,
        user_id: principal.sub,
        seq,
        result: JSON.stringify(stored),
        processed_at: writer.now,
      })
      .execute();
    await appendAudit(
      trx,
      {
        actor: principal.sub,
        action: `mutation:${mutation.name}`,
        entity: 'mutation',
        entityId: mutation.mutationId,
        caseId: caseIdOf(mutation.args),
        detail: { status: stored.status, reason: stored.reason, device: mutation.deviceId },
      },
      writer.now,
    );
    await deps.pokes.publish(trx, writer.latestSeq);
    latest = writer.latestSeq;
    return stored;
  });
  if (latest > 0) deps.pokes.committed(latest);
  return outcome;
}

async function runHandler(
  writer: SyncWriter,
  principal: TokenClaims,
  actor: { id: string; authorityLimitFen: number },
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

async function processedResult(
  db: Kysely<Database>,
  mutationId: string,
): Promise<MutationResult | null> {
  const row = await db
    .selectFrom('processed_mutations')
    .select('result')
    .where('mutation_id', '=', mutationId)
    .executeTakeFirst();
  return row ? (row.result as unknown as MutationResult) : null;
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
