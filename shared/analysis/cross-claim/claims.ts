import type { Line } from '../../domain/lines';

/** What the cross-claim detectors need to know of a claim, as the service stores it. */
export interface ClaimSummary {
  caseId: string;
  caseNumber: string;
  line: Line;
  /** Province or municipality of the loss, e.g. "上海市"; peers are compared within it. */
  region: string;
  customerId: string;
  claimedFen: number;
  reportedAt: number;
}

const REGION = /^(.+?(?:特别行政区|自治区|省|市))/u;

/** The province-level part of a loss address ("广东省广州市…" → "广东省"); the whole address when none is named. */
export function regionOfAddress(address: string): string {
  return REGION.exec(address.trim())?.[1] ?? address.trim();
}
