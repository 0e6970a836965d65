import { verifyAuditChain } from '../audit/audit-log';
import { withConfiguredDatabase } from './open-configured-database';
import { runCli } from './run-cli';

/**
 * `npm run audit:verify`: walks the audit chain of the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR) and names the first entry
 * that does not hold. Exit code 0 when intact, 1 when broken.
 */
async function main(): Promise<number> {
  const verdict = await withConfiguredDatabase((database) => verifyAuditChain(database.db));
  if (verdict.ok) {
    console.log(`Audit chain intact: ${verdict.entries} entries verified.`);
    return 0;
  }
  console.error(`Audit chain broken at entry ${verdict.brokenId}: ${verdict.reason}.`);
  return 1;
}

runCli(main, 2);
