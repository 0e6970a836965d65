import { database, type WorkstationDatabase } from './db';

/**
 * Whether the workstation is locked, kept on disk so that reloading the page
 * or restarting the app does not get past the lock screen.
 */
const KEY = 'locked';

export async function isLocked(db: WorkstationDatabase = database): Promise<boolean> {
  return (await db.preferences.get(KEY))?.value === true;
}

export async function setLocked(
  locked: boolean,
  db: WorkstationDatabase = database,
): Promise<void> {
  if (locked) await db.preferences.put({ key: KEY, value: true });
  else await db.preferences.delete(KEY);
}
