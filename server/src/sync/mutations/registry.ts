import { MUTATION_ARGS, type MutationArgs, type MutationName } from '@shared/sync/mutations';
import { decideApproval, submitForApproval } from './adjudication';
import { addContact, addNote } from './append-only';
import { assignCase } from './case-assign';
import { createCase } from './case-create';
import { registerDocument, resolveConflict, saveCalculation, setMaterial } from './case-records';
import { reserveCase } from './case-reserve';
import { transitionCase } from './case-transition';
import { updateCase } from './case-update';
import { recordComplaint } from './complaints';
import type { MutationContext, Outcome } from './context';
import { classifyDocument, tagPhoto } from './document-classify';
import { flagVerdict, raiseFlag } from './flags';
import { notifyMissingMaterials } from './materials-notice';
import { recordPayment } from './payments';
import { recordReveal } from './personal-data';
import { submitSiteSurvey } from './site-survey';
import { recordSurvey } from './survey';

type Handler<N extends MutationName> = (
  ctx: MutationContext,
  args: MutationArgs<N>,
) => Promise<Outcome>;

/** Every mutation name has exactly one handler; TypeScript refuses a missing one. */
export const MUTATION_HANDLERS: { [N in MutationName]: Handler<N> } = {
  'case.create': createCase,
  'case.update': updateCase,
  'case.transition': transitionCase,
  'case.assign': assignCase,
  'case.reserve': reserveCase,
  'note.add': addNote,
  'contact.add': addContact,
  'flag.raise': raiseFlag,
  'flag.verdict': flagVerdict,
  'calculation.save': saveCalculation,
  'material.set': setMaterial,
  'document.register': registerDocument,
  'adjudication.submit': submitForApproval,
  'adjudication.decide': decideApproval,
  'payment.record': recordPayment,
  'materials.notify': notifyMissingMaterials,
  'complaint.record': recordComplaint,
  'survey.record': recordSurvey,
  'site-survey.submit': submitSiteSurvey,
  'document.classify': classifyDocument,
  'photo.tag': tagPhoto,
  'personal-data.reveal': recordReveal,
  'conflict.resolve': resolveConflict,
};

export { MUTATION_ARGS };
