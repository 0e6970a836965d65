import { useLiveQuery } from 'dexie-react-hooks';
import { computeKpis, type KpiReport } from '@shared/domain/kpi';
import { database } from '../../data/db';
import { useMinuteClock } from '../../lib/use-minute-clock';

/** The team's KPIs over the last twelve weeks, from the cases and flags on this device. */
export function useKpis(): KpiReport | undefined {
  const now = useMinuteClock();
  return useLiveQuery(async () => {
    const [cases, flags] = await Promise.all([database.cases.toArray(), database.flags.toArray()]);
    const raised = new Map<string, number>();
    for (const flag of flags) raised.set(flag.caseId, (raised.get(flag.caseId) ?? 0) + 1);
    return computeKpis(
      cases.map((c) => ({
        id: c.id,
        line: c.line,
        claimedFen: c.claimedFen,
        dedicatedAdvisorId: c.dedicatedAdvisorId,
        reportedAt: c.reportedAt,
        milestones: c.milestones,
        flagsRaised: raised.get(c.id) ?? 0,
      })),
      { now, weeks: 12 },
    );
  }, [now]);
}
