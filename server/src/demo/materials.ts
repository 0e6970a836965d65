import type { CaseState } from '@shared/domain/lifecycle';
import { requiredMaterials } from '@shared/domain/materials';
import type { MaterialRecord } from '@shared/sync/records';
import type { DemoCase } from './organisation';

/** States in which the required materials were reviewed and found complete. */
const REVIEWED: ReadonlySet<CaseState> = new Set([
  'INVESTIGATION',
  'LOSS_ASSESSMENT',
  'ADJUSTMENT',
  'APPROVAL',
  'PAYMENT',
  'CLOSED',
  'FOLLOW_UP',
  'REOPENED',
]);

/**
 * A demo case's materials checklist as its state implies: complete once past
 * review; before that the claimant has sent the first items only, and a case
 * waiting for materials is missing its last two.
 */
export function demoMaterials(c: DemoCase): MaterialRecord[] {
  if (c.state === 'REPORTED' || c.state === 'WITHDRAWN') return [];
  const required = requiredMaterials(c.line);
  return required.map((itemCode, index) => {
    const present =
      REVIEWED.has(c.state) ||
      c.state === 'DENIED' ||
      (c.state === 'PENDING_MATERIALS' ? index < required.length - 2 : index < 3);
    return {
      id: `${c.id}:${itemCode}`,
      caseId: c.id,
      itemCode,
      status: present ? 'present' : 'missing',
      documentId: null,
      reason: null,
      updatedAt: c.updated_at,
    };
  });
}
