import type { QueueRow } from '../queue/queue-row';
import type { Adjuster } from './workload';

export interface Move {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly rowVersion: number;
  readonly fromId: string;
  readonly toId: string;
  readonly slaState: 'at-risk' | 'breached';
}

/** Above this share of the team's mean open cases, an adjuster counts as overloaded. */
const OVERLOAD = 1.25;

/**
 * A proposal, not an action: move the most urgent at-risk or overdue cases
 * of overloaded adjusters to the least loaded ones, until each overloaded
 * adjuster is back at the team's mean or nobody has room below it. Green
 * channel and other top-priority cases move first because they are the
 * ones a drowning adjuster will reach last.
 */
export function proposeRebalancing(rows: readonly QueueRow[], team: readonly Adjuster[]): Move[] {
  if (team.length < 2) return [];
  const members = new Set(team.map((a) => a.id));
  const load = new Map(team.map((a) => [a.id, 0]));
  const urgent = new Map<string, QueueRow[]>();
  for (const row of rows) {
    if (!row.open || !row.assigneeId || !members.has(row.assigneeId)) continue;
    load.set(row.assigneeId, (load.get(row.assigneeId) ?? 0) + 1);
    if (row.slaState === 'at-risk' || row.slaState === 'breached') {
      const list = urgent.get(row.assigneeId) ?? [];
      list.push(row);
      urgent.set(row.assigneeId, list);
    }
  }
  const mean = [...load.values()].reduce((a, b) => a + b, 0) / team.length;
  const ceiling = Math.ceil(mean);
  const overloaded = team
    .map((a) => a.id)
    .filter((id) => (load.get(id) ?? 0) > Math.max(mean * OVERLOAD, mean + 1))
    .sort((a, b) => (load.get(b) ?? 0) - (load.get(a) ?? 0));

  const moves: Move[] = [];
  for (const fromId of overloaded) {
    const cases = (urgent.get(fromId) ?? []).sort((a, b) => b.priority.score - a.priority.score);
    for (const row of cases) {
      if ((load.get(fromId) ?? 0) <= ceiling) break;
      const toId = leastLoaded(team, load, fromId);
      if (toId === undefined || (load.get(toId) ?? 0) + 1 > ceiling) break;
      moves.push({
        caseId: row.id,
        caseNumber: row.caseNumber,
        rowVersion: row.rowVersion,
        fromId,
        toId,
        slaState: row.slaState === 'breached' ? 'breached' : 'at-risk',
      });
      load.set(fromId, (load.get(fromId) ?? 0) - 1);
      load.set(toId, (load.get(toId) ?? 0) + 1);
    }
  }
  return moves;
}

function leastLoaded(
  team: readonly Adjuster[],
  load: ReadonlyMap<string, number>,
  except: string,
): string | undefined {
  let best: string | undefined;
  for (const { id } of team) {
    if (id === except) continue;
    if (best === undefined || (load.get(id) ?? 0) < (load.get(best) ?? 0)) best = id;
  }
  return best;
}
