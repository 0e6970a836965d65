import { sql } from 'kysely';
import type { MutationArgs } from '@shared/sync/mutations';
import { uuidv7 } from '@shared/lib/uuidv7';
import { recordEvent, reject, type MutationContext, type Outcome } from './context';

/**
 * A case created on a device (often offline, at the scene) with its own
 * UUIDv7 and a provisional number; the service gives it its final number,
 * links a known customer and policy, and puts it in the creator's scope.
 */
export async function createCase(
  ctx: MutationContext,
  args: MutationArgs<'case.create'>,
): Promise<Outcome> {
  const { trx, now } = ctx.writer;
  if (ctx.principal.role === 'admin')
    return reject('read-only-role', 'Administrators cannot create claims.');
  if (await trx.selectFrom('cases').select('id').where('id', '=', args.caseId).executeTakeFirst()) {
    return reject('duplicate-id', `A case with id ${args.caseId} already exists.`);
  }
  const customerId = await findOrCreateCustomer(ctx, args.customer);
  const policy = args.policyNumber
    ? await trx
        .selectFrom('policies')
        .select(['id', 'customer_id'])
        .where('policy_number', '=', args.policyNumber)
        .executeTakeFirst()
    : undefined;
  const caseNumber = await nextCaseNumber(ctx, args.reportedAt);
  const assignee = ctx.principal.role === 'supervisor' ? null : ctx.principal.sub;
  await ctx.writer.insertCase({
    id: args.caseId,
    case_number: caseNumber,
    provisional_number: args.provisionalNumber,
    line: args.line,
    state: 'REPORTED',
    customer_id: customerId,
    policy_id: policy?.id ?? null,
    claimed_fen: args.claimedFen,
    reserved_fen: 0,
    paid_fen: 0,
    assignee_id: assignee,
    team_id: ctx.principal.team,
    dedicated_advisor_id: null,
    green_channel: false,
    disaster: false,
    loss_at: args.lossAt,
    reported_at: args.reportedAt,
    loss_location: args.lossLocation,
    loss_lat: args.lossLat,
    loss_lng: args.lossLng,
    description: args.description,
    created_at: now,
  });
  await recordEvent(ctx, args.caseId, {
    kind: 'reported',
    toState: 'REPORTED',
    detail: {
      provisionalNumber: args.provisionalNumber,
      policyMatched: policy !== undefined,
      // Reported by staff at the workstation (often in the field), not by the customer online.
      channel: 'staff',
    },
  });
  await ctx.writer.scope(args.caseId, 'scope-add', {
    userId: assignee,
    teamId: ctx.principal.team,
  });
  return { status: 'applied', output: { caseNumber, policyMatched: policy !== undefined } };
}

async function findOrCreateCustomer(
  ctx: MutationContext,
  customer: MutationArgs<'case.create'>['customer'],
): Promise<string> {
  const { trx, now } = ctx.writer;
  const existing = await trx
    .selectFrom('customers')
    .select('id')
    .where('id_number', '=', customer.idNumber)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = uuidv7(now);
  await trx
    .insertInto('customers')
    .values({
      id,
      name: customer.name,
      kind: customer.kind,
      id_number: customer.idNumber,
      phone: customer.phone,
      preferred_channel: 'sms',
    })
    .execute();
  return id;
}

/** CLM-YYYY-NNNNNN, counted per report year; the counter starts after any number already issued. */
async function nextCaseNumber(ctx: MutationContext, reportedAt: number): Promise<string> {
  const { trx } = ctx.writer;
  const year = new Date(reportedAt).getUTCFullYear();
  const prefix = `CLM-${year}-`;
  const { rows: highest } = await sql<{ last: number | null }>`
    select max(substring(case_number from ${prefix.length + 1}::int)::int) as last
    from cases where case_number like ${`${prefix}%`}`.execute(trx);
  const floor = Number(highest[0]?.last ?? 0);
  const { rows } = await sql<{ last: number }>`
    insert into case_number_counters (year, last) values (${year}, ${floor + 1})
    on conflict (year) do update set last = greatest(case_number_counters.last, ${floor}) + 1
    returning last`.execute(trx);
  return `${prefix}${String(rows[0]?.last ?? floor + 1).padStart(6, '0')}`;
}
