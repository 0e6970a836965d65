import { verifyAuditChain } from '../audit/audit-log';
import { openConfiguredDatabase } from './open-configured-database';

/**
 * `npm run audit:verify`: walks the audit chain of the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR) and names the first entry
 * that does not hold. Exit code 0 when intact, 1 when broken.
 */
async function main(): Promise<number> {
  const database = await openConfiguredDatabase();
  try {
    const verdict = await verifyAuditChain(database.db);
    if (verdict.ok) {
      console.log(`Audit chain intact: ${verdict.entries} entries verified.`);
      return 0;
    }
    console.error(`Audit chain broken at entry ${verdict.brokenId}: ${verdict.reason}.`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
