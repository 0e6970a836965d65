import { isoDateTime } from '@shared/analysis/detectors/china-time';
import { MATERIAL_TEXTS } from '@shared/domain/material-texts';
import { isMaterialCode, missingMaterials } from '@shared/domain/materials';
import {
  composeMaterialsNotice,
  NOTICE_STATES,
  noticeInRound,
  reviewRound,
  type SentNotice,
} from '@shared/domain/materials-notice';
import type { Line } from '@shared/domain/lines';
import { checkTransition } from '@shared/domain/transitions';
import type { MutationArgs } from '@shared/sync/mutations';
import { ContactRecord, MaterialRecord } from '@shared/sync/records';
import { queueNotification } from '../../notifications/outbox';
import { caseNumberOf } from '../../notifications/progress';
import { satellites } from './adjudication';
import { caseEvents } from './case-history';
import {
  caseForWrite,
  isOutcome,
  recordEvent,
  refuseExisting,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

const PENDING_REASON = '已一次性告知客户补交缺失材料';
const NEXT_STEP = '客户一次性补齐上述材料';

/**
 * The one-time notice of missing materials (Insurance Law art. 22). The list
 * is the service's own checklist, never the workstation's copy, so a notice
 * cannot leave out an item that changed meanwhile; a second notice in the
 * same review round is what the law warns against and needs a reason.
 */
export async function notifyMissingMaterials(
  ctx: MutationContext,
  args: MutationArgs<'materials.notify'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (!NOTICE_STATES.has(row.state))
    return reject(
      'wrong-state',
      `A missing-materials notice goes out during materials review; this case is in ${row.state}.`,
    );
  const duplicate = await refuseExisting(ctx, 'contacts', args.contactId, 'contact');
  if (duplicate) return duplicate;

  const missing = missingMaterials(
    row.line,
    await satellites(ctx, 'materials', row.id, MaterialRecord),
  );
  if (missing.length === 0)
    return reject(
      'nothing-missing',
      'Every required item is on file: there is nothing to ask the customer for.',
    );
  const changed = differenceFrom(row.line, missing, args.items);
  if (changed) return reject('materials-changed', changed);

  const round = reviewRound(await caseEvents(ctx, row.id));
  const earlier = noticeInRound(await sentNotices(ctx, row.id), round);
  if (earlier && args.repeatReason === null)
    return reject(
      'already-notified',
      `A missing-materials notice already went out in this review round, on ${isoDateTime(earlier.at)} (Beijing time). Insurance Law art. 22 asks for one notice listing everything missing; give a reason to send another.`,
    );
  const moves = row.state === 'MATERIALS_REVIEW';
  if (moves) {
    const refusal = checkTransition({
      from: row.state,
      to: 'PENDING_MATERIALS',
      role: ctx.principal.role,
      reason: PENDING_REASON,
    });
    if (refusal) return reject(refusal.code, refusal.message);
  }

  const { writer } = ctx;
  const body = composeMaterialsNotice(caseNumberOf(row), missing, 'zh-CN');
  await writer.putSatellite('contacts', 'contact', {
    id: args.contactId,
    caseId: row.id,
    authorId: ctx.actor.id,
    channel: args.channel,
    direction: 'outbound',
    outcome: body,
    nextStep: NEXT_STEP,
    at: writer.now,
    notice: { kind: 'materials', items: missing, round },
  });
  await recordEvent(ctx, row.id, {
    kind: 'contact',
    detail: {
      contactId: args.contactId,
      channel: args.channel,
      direction: 'outbound',
      contactAt: writer.now,
      notice: 'materials',
      ...(args.repeatReason !== null ? { repeatReason: args.repeatReason } : {}),
    },
  });
  if (moves) {
    // Entering PENDING_MATERIALS counts the request and starts the customer's clock.
    await writer.updateCase(row.id, { state: 'PENDING_MATERIALS' }, ['state']);
    await recordEvent(ctx, row.id, {
      kind: 'transition',
      fromState: 'MATERIALS_REVIEW',
      toState: 'PENDING_MATERIALS',
      reason: PENDING_REASON,
    });
  }
  await queueNotification(writer, {
    caseId: row.id,
    customerId: row.customer_id,
    channel: args.channel,
    kind: 'materials-notice',
    body,
    nextStepAt: null,
  });
  return { status: 'applied', output: { items: missing, round } };
}

/** Why the adjuster's list is stale, naming each item; null when it matches (in any order). */
function differenceFrom(line: Line, missing: readonly string[], seen: readonly string[]) {
  const seenSet = new Set(seen);
  const missingSet = new Set(missing);
  const added = missing.filter((code) => !seenSet.has(code));
  const gone = [...seenSet].filter((code) => !missingSet.has(code));
  if (added.length === 0 && gone.length === 0) return null;
  const name = (code: string) =>
    isMaterialCode(line, code) ? `${MATERIAL_TEXTS[code].name.en} (${code})` : code;
  const parts = [
    ...(added.length > 0 ? [`now also missing: ${added.map(name).join(', ')}`] : []),
    ...(gone.length > 0 ? [`no longer missing: ${gone.map(name).join(', ')}`] : []),
  ];
  return `The missing materials changed since the list was loaded (${parts.join('; ')}). Reload the checklist and send the notice again.`;
}

async function sentNotices(ctx: MutationContext, caseId: string): Promise<SentNotice[]> {
  const rows = await ctx.writer.trx
    .selectFrom('contacts')
    .select('record')
    .where('case_id', '=', caseId)
    .where('deleted', '=', false)
    .orderBy('row_version')
    .execute();
  return rows.flatMap((r) => {
    const contact = ContactRecord.parse(r.record);
    return contact.notice ? [{ round: contact.notice.round, at: contact.at }] : [];
  });
}
