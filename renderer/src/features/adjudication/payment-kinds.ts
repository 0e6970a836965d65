import type { CaseRecord, PaymentRecord } from '@shared/sync/records';

type Kind = PaymentRecord['kind'];

/** The kinds of payment a case can take now; the service checks the amounts. */
export function paymentKinds(record: CaseRecord, hasCalculation: boolean): Kind[] {
  const kinds: Kind[] = [];
  if (record.state === 'PAYMENT') kinds.push('settlement');
  if (hasCalculation && ['LOSS_ASSESSMENT', 'ADJUSTMENT', 'APPROVAL'].includes(record.state))
    kinds.push('advance');
  if (record.disaster && !['CLOSED', 'FOLLOW_UP', 'DENIED', 'WITHDRAWN'].includes(record.state))
    kinds.push('disaster-prepayment');
  return kinds;
}
