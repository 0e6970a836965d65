import { clockSpec, type ClockSpec } from './clock-evaluation';
import type { ComplaintFacts } from './facts';
import { earlier } from './times';

/**
 * The complaint clocks of domain.md §4, once per complaint. They outlive the
 * case: a complaint after closing is still answered and revisited.
 */
export function complaintClockSpecs(complaint: ComplaintFacts, into: ClockSpec[]): void {
  const { id, openedAt, resolvedAt, escalatedAt } = complaint;
  into.push(
    clockSpec('complaint-response', openedAt, complaint.respondedAt, {
      id: `complaint-response:${id}`,
    }),
  );
  if (!complaint.complex) {
    // Escalating within the 4 h is a legitimate way to handle an ordinary
    // issue; the dispute's own 3-day clock takes over from there.
    const handledAt = earlier(resolvedAt, escalatedAt);
    into.push(
      clockSpec('complaint-ordinary', openedAt, handledAt, { id: `complaint-ordinary:${id}` }),
    );
  }
  const disputeStart = complaint.complex ? openedAt : escalatedAt;
  if (disputeStart !== undefined) {
    into.push(
      clockSpec('complaint-dispute', disputeStart, resolvedAt, { id: `complaint-dispute:${id}` }),
    );
  }
  if (resolvedAt !== undefined) {
    into.push(
      clockSpec('complaint-revisit', resolvedAt, complaint.revisitedAt, {
        id: `complaint-revisit:${id}`,
      }),
    );
  }
}
