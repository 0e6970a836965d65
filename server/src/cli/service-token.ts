import { createServiceToken } from '../analysis/service-tokens';
import { withConfiguredDatabase } from './open-configured-database';
import { runCli } from './run-cli';

/** `npm run service-token -- NAME`: a token for an external analysis service, printed once. */
async function main(): Promise<number> {
  const name = process.argv[2]?.trim();
  if (!name) {
    console.error('Usage: npm run service-token -- NAME   (e.g. fraud-vendor)');
    return 1;
  }
  const { token } = await withConfiguredDatabase((database) =>
    createServiceToken(database.db, name),
  );
  console.log(
    `Service token for ${name} (shown once; store it in the service's secrets):\n${token}`,
  );
  return 0;
}

runCli(main);
