import type { MutationArgs } from '@shared/sync/mutations';
import {
  caseForWrite,
  isOutcome,
  refuseExisting,
  recordEvent,
  type MutationContext,
  type Outcome,
} from './context';

/** Notes and contacts only ever grow: two devices adding at once both win. */
export async function addNote(
  ctx: MutationContext,
  args: MutationArgs<'note.add'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const duplicate = await refuseExisting(ctx, 'notes', args.noteId, 'note');
  if (duplicate) return duplicate;
  await ctx.writer.putSatellite('notes', 'note', {
    id: args.noteId,
    caseId: row.id,
    authorId: ctx.actor.id,
    body: args.body,
    mentions: args.mentions,
    createdAt: ctx.writer.now,
  });
  return { status: 'applied' };
}

export async function addContact(
  ctx: MutationContext,
  args: MutationArgs<'contact.add'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const duplicate = await refuseExisting(ctx, 'contacts', args.contactId, 'contact');
  if (duplicate) return duplicate;
  await ctx.writer.putSatellite('contacts', 'contact', {
    id: args.contactId,
    caseId: row.id,
    authorId: ctx.actor.id,
    channel: args.channel,
    direction: args.direction,
    outcome: args.outcome,
    nextStep: args.nextStep,
    at: args.at,
    notice: null,
  });
  await recordEvent(ctx, row.id, {
    kind: 'contact',
    detail: {
      contactId: args.contactId,
      channel: args.channel,
      direction: args.direction,
      // When the call happened, which may be hours before a device offline could send it.
      contactAt: args.at,
    },
  });
  return { status: 'applied' };
}
