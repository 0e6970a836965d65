import { normalizePlate } from '@shared/domain/plate';
import type { CaseRecord } from '@shared/sync/records';
import { database } from '../../data/db';

export interface KnownPolicy {
  policy: NonNullable<CaseRecord['policy']>;
  customer: CaseRecord['customer'];
}

/**
 * A policy this device already holds, found by its number, the insured
 * vehicle's plate or the customer's ID number, from the cases synced here. Nothing leaves the device; a policy
 * not found is entered by hand and matched by the service on sync.
 */
export async function findLocalPolicy(query: string): Promise<KnownPolicy | null> {
  const q = query.trim().toUpperCase();
  if (q.length < 6) return null;
  const plate = normalizePlate(q);
  const match = await database.cases
    .filter(
      (c) =>
        c.policy?.policyNumber.toUpperCase() === q ||
        c.customer.idNumber.toUpperCase() === q ||
        (c.policy?.vehiclePlate != null && normalizePlate(c.policy.vehiclePlate) === plate),
    )
    .first();
  return match?.policy ? { policy: match.policy, customer: match.customer } : null;
}
