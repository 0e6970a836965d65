import { ensureBuilt } from './lib/build';

ensureBuilt({ force: process.argv.includes('--force') }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
