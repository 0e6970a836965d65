import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './lib/run';
import { GENERATED_PATH, recordChecksSource } from './record-checks/source';

/** Writes the record checks anew after a change to the record schemas (shared/sync/records.ts). */
await writeFile(path.join(ROOT, GENERATED_PATH), await recordChecksSource(ROOT));
console.log(`wrote ${GENERATED_PATH}`);
