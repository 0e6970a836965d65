import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../data/db';
import { sortFlags } from '../viewer/flag-order';
import { FlagsPanel } from '../viewer/FlagsPanel';
import { Panel } from './Panel';

/**
 * Every flag on the case, open and most severe first: those about the
 * claim itself (its timing, its amounts) live only here; those on a file
 * are also shown on the file in the viewer.
 */
export function CaseFlagsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const flags = useLiveQuery(
    () => database.flags.where('caseId').equals(caseId).toArray(),
    [caseId],
    [],
  );
  const ordered = useMemo(() => sortFlags(flags), [flags]);
  const [selected, setSelected] = useState<string | null>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  if (ordered.length === 0) return null;
  return (
    <Panel
      title={`${t('anomaly.title')} (${ordered.filter((f) => f.verdict === 'open').length})`}
      testId="case-flags"
    >
      <FlagsPanel
        inline
        flags={ordered}
        selectedId={selected}
        onSelect={(flag) => setSelected(flag.id)}
        reasonInput={reasonInput}
      />
    </Panel>
  );
}
