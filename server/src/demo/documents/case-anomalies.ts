import type { AnomalyKind } from '@shared/analysis/anomaly-kinds';
import type { Line } from '@shared/domain/lines';
import { DAY_MS, HOUR_MS, isoDateCst } from './dates';
import type { Evidence } from './document-anomalies';
import type { CrossClaimMemory } from './memory';
import type { Rng } from './random';
import type { CaseOverrides, DemoCaseFacts } from './types';

/**
 * Typical claimed amount per line in fen: the middle of the demo
 * organisation's ranges (organisation.ts), whose spread tops out near 2×.
 */
export const TYPICAL_CLAIMED_FEN: Record<Line, number> = {
  AUTO: 4_075_000,
  MEDICAL: 7_540_000,
  CI: 30_000_000,
  LIFE: 60_000_000,
  ACCIDENT: 15_150_000,
  PROPERTY: 101_000_000,
  LIABILITY: 25_500_000,
};
export const OUTLIER_FACTOR = 8;

/** Cases of one party that count as "many claims"; planAnomalies makes groups of this size. */
export const CLAIM_GROUP_SIZE = 3;
export const CLAIM_GROUP_WINDOW_DAYS = 30;

const YEAR_MS = 365 * DAY_MS;

export interface CasePlanting {
  overrides: CaseOverrides;
  /** The facts the documents must show once the seed has applied the overrides. */
  facts: DemoCaseFacts;
  evidence: Evidence;
}

type CasePlanter = (facts: DemoCaseFacts, rng: Rng, memory: CrossClaimMemory) => CasePlanting;

const soonAfterStart: CasePlanter = (facts, rng) => {
  const policyStart = facts.lossAt - rng.int(1, 10) * DAY_MS - rng.int(0, 20) * HOUR_MS;
  const overrides = { policyStart, policyEnd: policyStart + YEAR_MS };
  return {
    overrides,
    facts: { ...facts, ...overrides },
    evidence: {
      lossAt: new Date(facts.lossAt).toISOString(),
      policyStart: isoDateCst(policyStart),
      daysAfterStart: Math.floor((facts.lossAt - policyStart) / DAY_MS),
    },
  };
};

/** The policy ends within two weeks of the loss but after the report, so no document falls outside it. */
const justBeforeExpiry: CasePlanter = (facts, rng) => {
  const latest = Math.max(facts.reportedAt, facts.lossAt + DAY_MS);
  const policyEnd = Math.min(
    latest + rng.int(1, 6) * DAY_MS,
    Math.max(latest + DAY_MS, facts.lossAt + 14 * DAY_MS),
  );
  const overrides = { policyStart: policyEnd - YEAR_MS, policyEnd };
  return {
    overrides,
    facts: { ...facts, ...overrides },
    evidence: {
      lossAt: new Date(facts.lossAt).toISOString(),
      policyEnd: isoDateCst(policyEnd),
      daysBeforeExpiry: Math.floor((policyEnd - facts.lossAt) / DAY_MS),
    },
  };
};

const amountOutlier: CasePlanter = (facts, rng) => {
  const typical = TYPICAL_CLAIMED_FEN[facts.line];
  const claimedFen =
    Math.round((typical * rng.float(OUTLIER_FACTOR + 0.5, 14)) / 100) * 100 + rng.int(0, 99);
  return {
    overrides: { claimedFen },
    facts: { ...facts, claimedFen },
    evidence: {
      claimedFen,
      typicalFen: typical,
      ratio: Math.round((claimedFen / typical) * 10) / 10,
    },
  };
};

/**
 * The first case of a group stays as it is; the next CLAIM_GROUP_SIZE − 1
 * move to its customer, and their documents name that customer.
 */
const manyClaims: CasePlanter = (facts, _rng, memory): CasePlanting => {
  const open = memory.group;
  const joins =
    open !== null &&
    open.size < CLAIM_GROUP_SIZE &&
    open.customerKind === facts.customerKind &&
    Math.abs(facts.reportedAt - open.reportedAt) <= CLAIM_GROUP_WINDOW_DAYS * DAY_MS;
  if (!joins) {
    memory.group = {
      firstCaseId: facts.caseId,
      customerId: facts.customerId,
      claimantName: facts.claimantName,
      claimantIdNumber: facts.claimantIdNumber,
      customerKind: facts.customerKind,
      reportedAt: facts.reportedAt,
      size: 1,
    };
    return {
      overrides: {},
      facts,
      evidence: { role: 'first', groupSize: CLAIM_GROUP_SIZE, customerId: facts.customerId },
    };
  }
  open.size += 1;
  return {
    overrides: { sameCustomerAs: open.firstCaseId },
    facts: {
      ...facts,
      customerId: open.customerId,
      claimantName: open.claimantName,
      claimantIdNumber: open.claimantIdNumber,
    },
    evidence: {
      role: 'repeat',
      firstCaseId: open.firstCaseId,
      customerId: open.customerId,
      positionInGroup: open.size,
      groupSize: CLAIM_GROUP_SIZE,
      daysSinceFirst: Math.round((facts.reportedAt - open.reportedAt) / DAY_MS),
    },
  };
};

export const CASE_PLANTERS: Partial<Record<AnomalyKind, CasePlanter>> = {
  'loss-soon-after-policy-start': soonAfterStart,
  'loss-just-before-expiry': justBeforeExpiry,
  'amount-outlier': amountOutlier,
  'many-claims-same-party': manyClaims,
};
