import { createServiceToken } from '../analysis/service-tokens';
import { openConfiguredDatabase } from './open-configured-database';

/** `npm run service-token -- NAME`: a token for an external analysis service, printed once. */
async function main(): Promise<number> {
  const name = process.argv[2]?.trim();
  if (!name) {
    console.error('Usage: npm run service-token -- NAME   (e.g. fraud-vendor)');
    return 1;
  }
  const database = await openConfiguredDatabase();
  try {
    const { token } = await createServiceToken(database.db, name);
    console.log(
      `Service token for ${name} (shown once; store it in the service's secrets):\n${token}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then((code) => process.exit(code));
