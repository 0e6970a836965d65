import type { Severity } from '../anomaly-kinds';
import { finding, NOWHERE, yuan } from '../detectors/finding';
import type { Finding } from '../facts';
import type { ClaimSummary } from './claims';
import { CROSS_CLAIM_THRESHOLDS } from './thresholds';

/** What peers claim, as median and median absolute deviation in fen. */
export interface PeerStats {
  count: number;
  medianFen: number;
  madFen: number;
  /** Which peers these are, for the explanation: same line and region, or the line nationwide. */
  scope: 'line-region' | 'line';
}

/**
 * The claim itself may be among the amounts: one claim moves a median and
 * its deviation little, and the stats can then be shared by a whole group.
 */
export function peerStats(amounts: readonly number[], scope: PeerStats['scope']): PeerStats {
  const medianFen = medianOf(amounts);
  return {
    count: amounts.length,
    medianFen,
    madFen: medianOf(amounts.map((a) => Math.abs(a - medianFen))),
    scope,
  };
}

/**
 * A claimed amount far above what peers (same line, same region) claim,
 * judged by the modified z-score: distance from the median in units of the
 * median absolute deviation, which a few huge claims cannot drag along the
 * way they drag a mean and standard deviation. Only amounts above the
 * peers are flagged; a small claim costs the insurer nothing to check.
 */
export function amountOutlier(claim: ClaimSummary, peers: PeerStats): Finding[] {
  if (peers.count < CROSS_CLAIM_THRESHOLDS.outlierMinPeers) return [];
  const median = peers.medianFen;
  const mad = peers.madFen;
  if (mad <= 0 || claim.claimedFen <= median) return [];
  const z = (0.6745 * (claim.claimedFen - median)) / mad;
  if (z < CROSS_CLAIM_THRESHOLDS.outlierRobustZ) return [];
  const severity: Severity = z >= CROSS_CLAIM_THRESHOLDS.outlierHighRobustZ ? 'high' : 'medium';
  const ratio = Math.round((claim.claimedFen / median) * 10) / 10;
  const peersZh = peers.scope === 'line-region' ? `${claim.region}同险种` : '全国同险种';
  const peersEn =
    peers.scope === 'line-region'
      ? `same-line claims in ${claim.region}`
      : 'same-line claims nationwide';
  return [
    finding(
      'amount-outlier',
      severity,
      null,
      NOWHERE,
      {
        claimedFen: claim.claimedFen,
        medianFen: Math.round(median),
        madFen: Math.round(mad),
        robustZ: Math.round(z * 10) / 10,
        ratioToMedian: ratio,
        peers: peers.count,
        peerScope: peers.scope,
      },
      `申请金额 ${yuan(claim.claimedFen)} 是${peersZh}案件中位数 ${yuan(median)} 的 ${ratio} 倍` +
        `（稳健 z 值 ${z.toFixed(1)}，${peers.count} 件同类案件）：金额明显偏高，请核实损失与单据。`,
      `The claimed ${yuan(claim.claimedFen)} is ${ratio}× the median ${yuan(median)} of ` +
        `${peers.count} ${peersEn} (robust z ${z.toFixed(1)}): ` +
        'far above its peers; check the loss and its bills.',
    ),
  ];
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
