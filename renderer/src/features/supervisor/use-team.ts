import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../data/db';
import type { Adjuster } from './workload';

/** The people who carry cases on a team (every team for an administrator), by name. */
export function useTeam(teamId: string | null): Adjuster[] | undefined {
  return useLiveQuery(async () => {
    const users = await database.users.toArray();
    return users
      .filter(
        (u) =>
          u.active &&
          (u.role === 'adjuster' || u.role === 'field') &&
          (teamId === null || u.teamId === teamId),
      )
      .map((u) => ({ id: u.id, name: u.displayName }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [teamId]);
}
