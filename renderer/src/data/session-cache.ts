import { SessionUser } from '@shared/schemas/auth';
import { database, type WorkstationDatabase } from './db';

const KEY = 'sessionUser';

/**
 * Who was last signed in on this device, so the workstation opens offline
 * (a surveyor reloading at the scene) with that user's local data. It grants
 * nothing on the server: every request there still needs a valid token.
 */
export async function rememberSessionUser(
  user: SessionUser,
  db: WorkstationDatabase = database,
): Promise<void> {
  await db.preferences.put({ key: KEY, value: user });
}

export async function rememberedSessionUser(
  db: WorkstationDatabase = database,
): Promise<SessionUser | null> {
  const row = await db.preferences.get(KEY);
  const parsed = SessionUser.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function forgetSessionUser(db: WorkstationDatabase = database): Promise<void> {
  await db.preferences.delete(KEY);
}
