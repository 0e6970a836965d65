import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001_foundation';
import * as m0002 from './migrations/0002_system_of_record';
import * as m0003 from './migrations/0003_payee_accounts';
import * as m0004 from './migrations/0004_case_milestones';
import * as m0005 from './migrations/0005_notifications';
import * as m0006 from './migrations/0006_site_surveys';
import * as m0007 from './migrations/0007_policy_vehicle_plate';
import * as m0008 from './migrations/0008_sync_bootstraps';
import * as m0009 from './migrations/0009_cross_claim_checks';
import * as m0010 from './migrations/0010_change_log_entries';
import * as m0011 from './migrations/0011_ascii_change_entries';
import * as m0012 from './migrations/0012_compact_change_entries';
import type { Database } from './schema';

/** Listed statically so the bundled server carries its migrations with it. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_system_of_record': m0002,
  '0003_payee_accounts': m0003,
  '0004_case_milestones': m0004,
  '0005_notifications': m0005,
  '0006_site_surveys': m0006,
  '0007_policy_vehicle_plate': m0007,
  '0008_sync_bootstraps': m0008,
  '0009_cross_claim_checks': m0009,
  '0010_change_log_entries': m0010,
  '0011_ascii_change_entries': m0011,
  '0012_compact_change_entries': m0012,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The migrations this build knows, oldest first: a backup made by a newer build names one beyond them. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations).sort();

/** Moves the schema by the migrations this build knows (tests step through them). */
export function migratorFor(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration failed${name}: ${reason}`);
  }
}
