import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../data/db';

/** Colleagues' display names by user id, for naming authors and actors. */
export function useUserNames(): Map<string, string> {
  return useLiveQuery(
    async () => new Map((await database.users.toArray()).map((u) => [u.id, u.displayName])),
    [],
    new Map<string, string>(),
  );
}
