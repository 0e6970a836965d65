import type { EventRecord } from '@shared/sync/records';

export type EventKind = EventRecord['kind'];

/** The kinds present in a case's history, in the order they first happened. */
export function kindsIn(events: readonly Pick<EventRecord, 'kind' | 'at'>[]): EventKind[] {
  const seen = new Set<EventKind>();
  for (const e of [...events].sort((a, b) => a.at - b.at)) seen.add(e.kind);
  return [...seen];
}

/** The entries of the chosen kinds (all when none is chosen), newest first. */
export function filterHistory<E extends Pick<EventRecord, 'kind' | 'at'>>(
  events: readonly E[],
  kinds: ReadonlySet<EventKind>,
): E[] {
  return events.filter((e) => kinds.size === 0 || kinds.has(e.kind)).sort((a, b) => b.at - a.at);
}
