import { computeClocks, slaFactsOf, type SlaClock } from '@shared/domain/sla';
import type { CaseRecord } from '@shared/sync/records';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { database } from '../../../data/db';
import { openFlagsByCase } from '../../queue/open-flags';

const TICK_MS = 30_000;

/** The case's deadlines, measured again every half minute so countdowns stay true. */
export function useCaseClocks(record: CaseRecord): SlaClock[] {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const flags = useLiveQuery(
    () => database.flags.where('caseId').equals(record.id).toArray(),
    [record.id],
    [],
  );
  return useMemo(() => {
    const open = openFlagsByCase(flags).get(record.id) ?? { count: 0 };
    return computeClocks(slaFactsOf(record, open), now);
  }, [record, flags, now]);
}
