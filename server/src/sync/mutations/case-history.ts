import { EventRecord } from '@shared/sync/records';
import type { MutationContext } from './context';

/**
 * The case's events in the order they were written: several can share a
 * millisecond, and folds that sort by time keep this order among them.
 */
export async function caseEvents(ctx: MutationContext, caseId: string): Promise<EventRecord[]> {
  const rows = await ctx.writer.trx
    .selectFrom('case_events')
    .select('record')
    .where('case_id', '=', caseId)
    .where('deleted', '=', false)
    .orderBy('row_version')
    .execute();
  return rows.map((r) => EventRecord.parse(r.record));
}
