import type { EventRecord } from '@shared/sync/records';
import type { CaseEventsRow, Stored, WorkstationDatabase } from './db';

/**
 * A case's history is kept as one row per case, not one per event: events
 * are half of everything a first sync stores, IndexedDB's cost is per row,
 * and every reader wants a whole case's events at once. Writers call these
 * inside a transaction that holds `db.caseEvents`, since each is a
 * read-modify-write of the case's row.
 */

export type StoredEvent = Stored<EventRecord>;

/** Every stored event of one case, in no particular order. */
export async function caseEventsOf(
  db: WorkstationDatabase,
  caseId: string,
): Promise<StoredEvent[]> {
  return (await db.caseEvents.get(caseId))?.events ?? [];
}

export async function getCaseEvent(
  db: WorkstationDatabase,
  caseId: string,
  eventId: string,
): Promise<StoredEvent | undefined> {
  return (await caseEventsOf(db, caseId)).find((e) => e.id === eventId);
}

/** Stores the event, replacing the one with its id. */
export async function putCaseEvent(db: WorkstationDatabase, event: StoredEvent): Promise<void> {
  const events = await caseEventsOf(db, event.caseId);
  await db.caseEvents.put({ caseId: event.caseId, events: withEvent(events, event) });
}

export async function deleteCaseEvent(
  db: WorkstationDatabase,
  caseId: string,
  eventId: string,
): Promise<void> {
  const events = await caseEventsOf(db, caseId);
  const kept = events.filter((e) => e.id !== eventId);
  if (kept.length === events.length) return;
  await writeCaseEvents(db, caseId, kept);
}

/** Every stored event of every case. */
export async function allCaseEvents(db: WorkstationDatabase): Promise<StoredEvent[]> {
  return (await db.caseEvents.toArray()).flatMap((row) => row.events);
}

/** The events with `event` in place of the one with its id, or added. */
export function withEvent(events: readonly StoredEvent[], event: StoredEvent): StoredEvent[] {
  const at = events.findIndex((e) => e.id === event.id);
  if (at < 0) return [...events, event];
  const next = [...events];
  next[at] = event;
  return next;
}

/** Rows of the given events, a row per case. */
export function groupByCase(events: readonly StoredEvent[]): CaseEventsRow[] {
  const byCase = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const group = byCase.get(event.caseId);
    if (group) group.push(event);
    else byCase.set(event.caseId, [event]);
  }
  return [...byCase].map(([caseId, grouped]) => ({ caseId, events: grouped }));
}

/** A case left without events keeps no row. */
export async function writeCaseEvents(
  db: WorkstationDatabase,
  caseId: string,
  events: StoredEvent[],
): Promise<void> {
  if (events.length === 0) await db.caseEvents.delete(caseId);
  else await db.caseEvents.put({ caseId, events });
}
