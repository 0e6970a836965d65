import { readConfig } from '../config';
import { openDatabase, type OpenDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/** The database the service itself would open, from the same environment. */
export async function openConfiguredDatabase(): Promise<OpenDatabase> {
  const config = readConfig(process.env);
  const database = await openDatabase(config);
  await migrateToLatest(database.db);
  return database;
}

/** Runs `use` on the configured database and closes it after, however `use` ends. */
export async function withConfiguredDatabase<T>(
  use: (database: OpenDatabase) => Promise<T>,
): Promise<T> {
  const database = await openConfiguredDatabase();
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}
