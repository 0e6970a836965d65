import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBlobStore, readBlobStoreConfig } from '../blobs/create-blob-store';
import { readConfig } from '../config';
import { seedDemoIfEmpty } from '../demo/seed';
import { openConfiguredDatabase } from './open-configured-database';
import { runCli } from './run-cli';

const USAGE = 'Usage: npm run seed -- [--cases N] [--no-documents] [--answer-key FILE]';

/**
 * `npm run seed -- --cases N`: the demo organisation (3 teams, 16 people, N
 * cases over every line and state) with generated documents, planted
 * anomalies and their answer key, into the configured empty database.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '500' },
      'no-documents': { type: 'boolean', default: false },
      'answer-key': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 0 || cases > 200_000) {
    console.error(
      `--cases must be a whole number from 0 to 200000, not "${values.cases}".\n${USAGE}`,
    );
    return 1;
  }
  const config = readConfig(process.env);
  const answerKeyFile = values['answer-key'] ?? path.join(config.dataDir, 'answer-key.json');
  const database = await openConfiguredDatabase();
  const started = Date.now();
  try {
    const documents = values['no-documents']
      ? undefined
      : {
          store: createBlobStore(readBlobStoreConfig(process.env, config.dataDir)),
          answerKeyFile,
          onProgress: (done: number, total: number) => {
            if (done % 500 === 0 || done === total)
              process.stdout.write(`\r  documents for ${done}/${total} cases`);
          },
        };
    const summary = await seedDemoIfEmpty(database.db, {
      cases,
      ...(documents ? { documents } : {}),
    });
    if (!summary) {
      console.error(
        'The database already has data; seed only fills an empty one. Point DATA_DIR or DATABASE_URL at an empty database.',
      );
      return 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nSeeded ${summary.cases} cases with ${summary.documents} documents and ${summary.plantedAnomalies} planted anomalies in ${seconds} s.`,
    );
    if (documents) console.log(`Answer key: ${answerKeyFile}`);
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
