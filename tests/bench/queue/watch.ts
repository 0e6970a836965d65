import type { Expectation, QueueWatchApi, Snapshot, UserEvent } from './api';

/**
 * An init script for every page of the bench's browser context. It notes,
 * on the page's own clock, each change of what the queue shows (subtitle
 * counts, the rendered rows, the sorted column) and each click and input the
 * runner causes, so a figure runs from the event's own timestamp to the
 * frame that shows the result — no polling delay of the runner in it.
 *
 * It reads a few dozen elements per DOM change; the grid renders only the
 * rows in view, so that stays far below a millisecond.
 */

const GRID = '[data-testid="queue-grid"]';
const ROW_IDS_KEPT = 12;

let snapshots: Snapshot[] = [];
let events: UserEvent[] = [];
/** Kept for the page's life: what the app does while nobody touches it is read off these. */
const longTasks: { at: number; ms: number }[] = [];

function parseCounts(text: string | null): { shown: number | null; total: number | null } {
  // "显示 52341 / 共 100121 件" or "52341 of 100121 cases".
  const match = /([\d,]+)\s*(?:\/|of)\D*?([\d,]+)/.exec(text ?? '');
  if (!match?.[1] || !match[2]) return { shown: null, total: null };
  return { shown: Number(match[1].replace(/,/g, '')), total: Number(match[2].replace(/,/g, '')) };
}

/**
 * The rendered rows in display order. Rows leaving (a filter or sort with
 * row animation) fade out for 400 ms at their old index, and new ones fade
 * in from transparent: neither is what the user reads, so both are skipped.
 */
function renderedRows(): Element[] {
  const byIndex = new Map<number, Element>();
  for (const row of document.querySelectorAll(`${GRID} .ag-row[row-id]:not(.ag-opacity-zero)`))
    byIndex.set(Number(row.getAttribute('row-index')), row);
  return [...byIndex].sort(([a], [b]) => a - b).map(([, row]) => row);
}

function currentSnapshot(): Omit<Snapshot, 'at' | 'framedAt'> {
  const subtitle = document.querySelector('[data-testid="page-subtitle"]');
  const rows = renderedRows();
  const sorts = [...document.querySelectorAll(`${GRID} .ag-header-cell[aria-sort]`)]
    .map((cell) => `${cell.getAttribute('col-id')}:${cell.getAttribute('aria-sort')}`)
    .filter((sort) => !sort.endsWith(':none'));
  return {
    ...parseCounts(subtitle?.textContent ?? null),
    rowIds: rows
      .slice(0, ROW_IDS_KEPT)
      .map((row) => row.getAttribute('row-id'))
      .join(' '),
    firstCase: rows[0]?.querySelector('[col-id="caseNumber"]')?.textContent?.trim() ?? null,
    sorts,
  };
}

function same(a: Omit<Snapshot, 'at' | 'framedAt'>, b: Snapshot | undefined): boolean {
  return (
    b !== undefined &&
    a.shown === b.shown &&
    a.total === b.total &&
    a.rowIds === b.rowIds &&
    a.firstCase === b.firstCase &&
    a.sorts.join() === b.sorts.join()
  );
}

/** A task posted from requestAnimationFrame runs once that frame's rendering is done. */
function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });
}

function note(): void {
  const now = currentSnapshot();
  if (same(now, snapshots.at(-1))) return;
  const snapshot: Snapshot = { ...now, at: performance.now(), framedAt: null };
  snapshots.push(snapshot);
  afterNextFrame(() => (snapshot.framedAt = performance.now()));
}

/** Icons carry test ids of their own, so every one up the tree counts, not only the nearest. */
function targetsOf(event: Event): string[] {
  const targets: string[] = [];
  if (!(event.target instanceof Element)) return targets;
  const header = event.target.closest('.ag-header-cell[col-id]')?.getAttribute('col-id');
  if (header) targets.push(header);
  for (let at: Element | null = event.target; at; at = at.parentElement) {
    const id = at.getAttribute('data-testid');
    if (id) targets.push(id);
  }
  return targets;
}

function meets(s: Snapshot, e: Expectation): boolean {
  return (
    (e.shown === undefined || s.shown === e.shown) &&
    (e.total === undefined || s.total === e.total) &&
    (e.hasRows !== true || s.rowIds !== '') &&
    (e.firstCaseIncludes === undefined || (s.firstCase ?? '').includes(e.firstCaseIncludes)) &&
    (e.sortedBy === undefined || s.sorts.includes(e.sortedBy)) &&
    (e.rowIds === undefined || s.rowIds === e.rowIds) &&
    (e.rowIdsNot === undefined || s.rowIds !== e.rowIdsNot)
  );
}

const api: QueueWatchApi = {
  lastEvent(type, target) {
    return events.findLast((e) => e.type === type && e.targets.includes(target)) ?? null;
  },
  find(expectation, since) {
    return (
      snapshots.find((s) => s.at >= since && s.framedAt !== null && meets(s, expectation)) ?? null
    );
  },
  latest: () => snapshots.at(-1) ?? null,
  reset() {
    snapshots = [];
    events = [];
  },
  busy(from, to) {
    const within = longTasks.filter((task) => task.at >= from && task.at < to);
    return {
      tasks: within.length,
      ms: within.reduce((sum, task) => sum + task.ms, 0),
      longestMs: Math.max(0, ...within.map((task) => task.ms)),
    };
  },
};

for (const type of ['click', 'input'] as const)
  window.addEventListener(
    type,
    (event) => events.push({ type, at: event.timeStamp, targets: targetsOf(event) }),
    { capture: true },
  );
new MutationObserver(note).observe(document, {
  subtree: true,
  childList: true,
  attributes: true,
  characterData: true,
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ at: entry.startTime, ms: entry.duration });
}).observe({ type: 'longtask', buffered: true });
window.queueWatch = api;
