import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import type { ChipCounts } from './FilterChips';
import type { QueueRow, SlaState } from './queue-row';

/** How many rows each chip would keep, counted over the rows the view shows before chips. */
export function chipCounts(
  rows: readonly QueueRow[],
  inView: (row: QueueRow) => boolean,
): ChipCounts {
  const lines = new Map<Line, number>();
  const states = new Map<CaseState, number>();
  const sla = new Map<SlaState, number>();
  for (const row of rows) {
    if (!inView(row)) continue;
    lines.set(row.line, (lines.get(row.line) ?? 0) + 1);
    states.set(row.state, (states.get(row.state) ?? 0) + 1);
    sla.set(row.slaState, (sla.get(row.slaState) ?? 0) + 1);
  }
  return { lines, states, sla };
}
