import { finding, NOWHERE } from '../detectors/finding';
import type { Finding } from '../facts';
import type { ClaimSummary } from './claims';
import { CROSS_CLAIM_THRESHOLDS } from './thresholds';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A party that claims again and again within a short time: each claim of
 * the run is flagged and lists the others, since any one of them may be the
 * one that should not be paid.
 */
export function repeatClaims(
  claim: ClaimSummary,
  sameCustomer: readonly ClaimSummary[],
): Finding[] {
  const window = CROSS_CLAIM_THRESHOLDS.repeatClaimsWindowMs;
  const near = sameCustomer
    .filter((c) => c.caseId !== claim.caseId && Math.abs(c.reportedAt - claim.reportedAt) <= window)
    .sort((a, b) => a.reportedAt - b.reportedAt);
  const count = near.length + 1;
  if (count < CROSS_CLAIM_THRESHOLDS.repeatClaimsMin) return [];
  const others = near.map((c) => c.caseNumber).join(', ');
  const days = Math.round(window / DAY_MS);
  return [
    finding(
      'many-claims-same-party',
      count >= 2 * CROSS_CLAIM_THRESHOLDS.repeatClaimsMin ? 'high' : 'medium',
      null,
      NOWHERE,
      { customerId: claim.customerId, claims: count, windowDays: days, otherCases: others },
      `同一客户在本案报案前后 ${days} 天内共有 ${count} 起索赔（另见 ${others}）：` +
        '频繁索赔需核实每起事故是否真实、是否重复。',
      `The same customer has ${count} claims within ${days} days of this one (see also ${others}): ` +
        'check that each loss is real and none is claimed twice.',
    ),
  ];
}
