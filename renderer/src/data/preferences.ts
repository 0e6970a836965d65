import { z } from 'zod';
import { database, type WorkstationDatabase } from './db';

/** Per-device display preferences; values from older versions are re-checked on read. */
export const Preferences = z.object({
  language: z.enum(['zh-CN', 'en']).catch('zh-CN'),
  themeMode: z.enum(['light', 'dark']).catch('light'),
  /** Minutes without input after which the workstation locks itself. */
  autoLockMinutes: z.number().int().min(1).max(120).catch(15),
});
export type Preferences = z.infer<typeof Preferences>;

export async function loadPreferences(db: WorkstationDatabase = database): Promise<Preferences> {
  const rows = await db.preferences.toArray();
  return Preferences.parse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}

export async function savePreference<K extends keyof Preferences>(
  key: K,
  value: Preferences[K],
  db: WorkstationDatabase = database,
): Promise<void> {
  await db.preferences.put({ key, value });
}
