import { z } from 'zod';
import { database, type WorkstationDatabase } from '../../data/db';
import { QueueFilter } from './queue-filter';

/**
 * A user's queue on this device: the views they saved by name and the
 * grid's column layout. Kept per user, so a shared laptop shows each
 * adjuster their own; re-checked on read, so an older or damaged value
 * falls back to the default instead of breaking the queue.
 */

export const SavedView = z.object({
  name: z.string().trim().min(1).max(60),
  filter: QueueFilter,
  /** ag-grid's sort model for the view, in column order of priority. */
  sort: z.array(z.object({ colId: z.string(), sort: z.enum(['asc', 'desc']) })).max(10),
});
export type SavedView = z.infer<typeof SavedView>;

const SavedViews = z.array(SavedView).max(50);

/** ag-grid column state, kept to the fields we restore. */
export const ColumnLayout = z
  .array(
    z.object({
      colId: z.string(),
      width: z.number().positive().optional(),
      hide: z.boolean().nullable().optional(),
      pinned: z.enum(['left', 'right']).nullable().optional(),
    }),
  )
  .max(100);
export type ColumnLayout = z.infer<typeof ColumnLayout>;

const viewsKey = (userId: string) => `queue.views:${userId}`;
const layoutKey = (userId: string) => `queue.columns:${userId}`;

export async function loadSavedViews(
  userId: string,
  db: WorkstationDatabase = database,
): Promise<SavedView[]> {
  const row = await db.preferences.get(viewsKey(userId));
  const parsed = SavedViews.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

/** Saves a view under its name, replacing one of the same name. */
export async function saveView(
  userId: string,
  view: SavedView,
  db: WorkstationDatabase = database,
): Promise<SavedView[]> {
  const valid = SavedView.parse(view);
  const views = (await loadSavedViews(userId, db)).filter((v) => v.name !== valid.name);
  const next = [...views, valid].sort((a, b) => a.name.localeCompare(b.name));
  await db.preferences.put({ key: viewsKey(userId), value: next });
  return next;
}

export async function deleteView(
  userId: string,
  name: string,
  db: WorkstationDatabase = database,
): Promise<SavedView[]> {
  const next = (await loadSavedViews(userId, db)).filter((v) => v.name !== name);
  await db.preferences.put({ key: viewsKey(userId), value: next });
  return next;
}

export async function loadColumnLayout(
  userId: string,
  db: WorkstationDatabase = database,
): Promise<ColumnLayout | null> {
  const row = await db.preferences.get(layoutKey(userId));
  const parsed = ColumnLayout.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveColumnLayout(
  userId: string,
  layout: ColumnLayout,
  db: WorkstationDatabase = database,
): Promise<void> {
  await db.preferences.put({ key: layoutKey(userId), value: ColumnLayout.parse(layout) });
}
