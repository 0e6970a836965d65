import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, recordChecksSource } from '../../scripts/record-checks/source';

const root = path.resolve(import.meta.dirname, '../..');

describe('the generated record checks', () => {
  it('are written from the record schemas as they are now', async () => {
    const written = await readFile(path.join(root, GENERATED_PATH), 'utf8');
    // Run `npm run generate:record-checks` after changing shared/sync/records.ts.
    expect(written === (await recordChecksSource(root))).toBe(true);
  });
});
