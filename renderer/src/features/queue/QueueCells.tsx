import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences-context';
import type { QueueRow, SlaState } from './queue-row';
import { tagClass, type TagTone } from './queue-tags';
import { countdown, formatCountdown } from './sla-countdown';

/*
 * Cells are plain elements styled by the grid's stylesheet (queue-tags.ts),
 * and say more on hover through the grid's own tooltips (QueueTooltips.tsx),
 * which exist only while one is shown: a sort or a search re-renders every
 * row on screen, and each cell's cost is paid by all of them.
 */

type Cell = CustomCellRendererProps<QueueRow>;

const SLA_TONE: Record<SlaState, TagTone> = {
  breached: 'error',
  'at-risk': 'warning',
  ok: 'success',
  none: 'default',
};

/** The next deadline as a coloured countdown. */
export function SlaCell({ data }: Cell) {
  const { language } = usePreferences();
  const clock = data?.clock;
  if (!data || !clock) return null;
  return (
    <span
      className={tagClass(SLA_TONE[data.slaState], data.slaState === 'ok')}
      data-testid="sla-cell"
      data-sla={data.slaState}
    >
      {formatCountdown(countdown(clock.remainingMs), language)}
    </span>
  );
}

/** The score; the parts it is made of show on hover. */
export function PriorityCell({ data }: Cell) {
  const { language } = usePreferences();
  if (!data || !data.open) return null;
  return (
    <span className="queue-priority" data-testid="priority-cell">
      {data.priority.score.toLocaleString(language)}
    </span>
  );
}

export function MarkersCell({ data }: Cell) {
  const { t } = useTranslation();
  if (!data || (!data.greenChannel && !data.disaster)) return null;
  return (
    <span className="queue-tags">
      {data.greenChannel ? (
        <span className={tagClass('success')}>{t('queue.greenChannel')}</span>
      ) : null}
      {data.disaster ? <span className={tagClass('warning')}>{t('queue.disaster')}</span> : null}
    </span>
  );
}

export function FlagsCell({ data }: Cell) {
  if (!data || data.openFlags === 0) return null;
  return <span className={tagClass('error', true)}>{data.openFlags}</span>;
}
