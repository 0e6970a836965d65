import { z } from 'zod';
import { CaseState } from '@shared/domain/lifecycle';
import { Line } from '@shared/domain/lines';
import type { QueueRow, SlaState } from './queue-row';
import { searchMatcher, type SearchLabels } from './queue-search';
import type { SearchIndex } from './search-index';

/** Whose cases: mine, my team's, or nobody's yet. */
export const QueueView = z.enum(['mine', 'team', 'unassigned']);
export type QueueView = z.infer<typeof QueueView>;

export const SLA_STATES = ['breached', 'at-risk', 'ok', 'none'] as const;
export const SlaStateFilter = z.enum(SLA_STATES);

/** What the queue shows; saved views store exactly this, so it is re-checked on read. */
export const QueueFilter = z.object({
  view: QueueView,
  lines: z.array(Line),
  states: z.array(CaseState),
  sla: z.array(SlaStateFilter),
  /** Finished cases stay out unless asked for. */
  includeClosed: z.boolean(),
  quickFilter: z.string().max(200),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

export const DEFAULT_FILTER: QueueFilter = {
  view: 'mine',
  lines: [],
  states: [],
  sla: [],
  includeClosed: false,
  quickFilter: '',
};

export interface Viewer {
  readonly userId: string;
  readonly teamId: string | null;
}

/** A compiled filter: sets built once, then one cheap call per row. */
export function rowPredicate(
  filter: QueueFilter,
  viewer: Viewer,
  labels: SearchLabels,
  index?: SearchIndex,
): (row: QueueRow) => boolean {
  const search = searchMatcher(filter.quickFilter, labels, index);
  const lines = new Set(filter.lines);
  const states = new Set(filter.states);
  const sla = new Set<SlaState>(filter.sla);
  return (row) => {
    switch (filter.view) {
      case 'mine':
        if (row.assigneeId !== viewer.userId) return false;
        break;
      case 'team':
        if (viewer.teamId !== null && row.teamId !== viewer.teamId) return false;
        break;
      case 'unassigned':
        if (row.assigneeId !== null) return false;
        break;
    }
    if (!filter.includeClosed && !row.open && !states.has(row.state)) return false;
    if (lines.size > 0 && !lines.has(row.line)) return false;
    if (states.size > 0 && !states.has(row.state)) return false;
    if (sla.size > 0 && !sla.has(row.slaState)) return false;
    return search === null || search(row);
  };
}

/** The multi-choice part of a filter, which the chips set. */
export type ChipFilter = Pick<QueueFilter, 'lines' | 'states' | 'sla'>;

/** One chip clicked: which filter, and its value. */
export type ChipToggle =
  | { kind: 'lines'; value: Line }
  | { kind: 'states'; value: CaseState }
  | { kind: 'sla'; value: SlaState };

/** The filter with one chip's value turned on or off. */
export function withChip(filter: QueueFilter, toggle: ChipToggle): QueueFilter {
  switch (toggle.kind) {
    case 'lines':
      return { ...filter, lines: toggled(filter.lines, toggle.value) };
    case 'states':
      return { ...filter, states: toggled(filter.states, toggle.value) };
    case 'sla':
      return { ...filter, sla: toggled(filter.sla, toggle.value) };
  }
}

/** Toggles one value of a multi-choice filter. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
