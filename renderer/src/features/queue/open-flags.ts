import type { AnomalySeverity, OpenFlags } from '@shared/domain/sla';
import type { FlagRecord } from '@shared/sync/records';

const RANK: Record<AnomalySeverity, number> = { low: 1, medium: 2, high: 3 };

/** Open flags per case: how many, and the most severe. */
export function openFlagsByCase(
  flags: readonly Pick<FlagRecord, 'caseId' | 'severity' | 'verdict'>[],
): Map<string, OpenFlags> {
  const byCase = new Map<string, { count: number; maxSeverity: AnomalySeverity }>();
  for (const flag of flags) {
    if (flag.verdict !== 'open') continue;
    const current = byCase.get(flag.caseId);
    if (!current) byCase.set(flag.caseId, { count: 1, maxSeverity: flag.severity });
    else {
      current.count++;
      if (RANK[flag.severity] > RANK[current.maxSeverity]) current.maxSeverity = flag.severity;
    }
  }
  return byCase;
}
