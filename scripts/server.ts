import path from 'node:path';
import { ensureBuilt } from './lib/build';
import { ROOT, run } from './lib/run';

/** `npm run server`: the central claims service on its own (PGlite, or PostgreSQL with DATABASE_URL). */
async function main(): Promise<void> {
  await ensureBuilt({ quiet: true });
  process.exitCode = await run(process.execPath, [
    '--enable-source-maps',
    path.join(ROOT, 'out', 'server', 'main.js'),
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
