import type { Kysely } from 'kysely';
import type { SessionUser } from '@shared/schemas/auth';
import type { Database } from '../db/schema';

export async function findUserForSignIn(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'team_id', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function loadSessionUser(
  db: Kysely<Database>,
  id: string,
): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.team_id',
      'teams.name as team_name',
    ])
    .where('users.id', '=', id)
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    teamId: row.team_id,
    teamName: row.team_name,
  };
}
