import type { MutationArgs } from '@shared/sync/mutations';
import {
  caseToAddTo,
  duplicateId,
  isOutcome,
  recordEvent,
  type MutationContext,
  type Outcome,
} from './context';

/** Notes and contacts only ever grow: two devices adding at once both win. */
export async function addNote(
  ctx: MutationContext,
  args: MutationArgs<'note.add'>,
): Promise<Outcome> {
  const row = await caseToAddTo(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const added = await ctx.writer.addSatellite('notes', 'note', {
    id: args.noteId,
    caseId: row.id,
    authorId: ctx.actor.id,
    body: args.body,
    mentions: args.mentions,
    createdAt: ctx.writer.now,
  });
  return added === null ? duplicateId('note', args.noteId) : { status: 'applied' };
}

export async function addContact(
  ctx: MutationContext,
  args: MutationArgs<'contact.add'>,
): Promise<Outcome> {
  const row = await caseToAddTo(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const added = await ctx.writer.addSatellite('contacts', 'contact', {
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
  if (added === null) return duplicateId('contact', args.contactId);
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
