import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a fixture as though it lived at `pretendPath`, where its layer's rules apply. */
async function lintAs(fixture: string, pretendPath: string): Promise<string[]> {
  const code = await readFile(path.join(root, 'tests/fixtures/boundaries', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(root, pretendPath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'local/import-boundaries')
    .map((m) => m.message);
}

describe('import boundaries are enforced by lint', () => {
  it('fails renderer code that imports the server', async () => {
    expect(await lintAs('renderer-imports-server.ts', 'renderer/src/app/leak.ts')).toEqual([
      'renderer code may not import server code (server/src/app)',
    ]);
  });

  it('fails shared code that imports react', async () => {
    const messages = await lintAs('shared-imports-react.ts', 'shared/domain/leak.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^shared\/ may import only zod/);
  });

  it('fails a preload that imports an npm package, but not its shared/ipc import', async () => {
    expect(await lintAs('preload-imports-zod.ts', 'electron/preload/leak.ts')).toEqual([
      'the sandboxed preload may import only electron and shared/ipc, not "zod"',
    ]);
  });

  it('fails a preload reaching into shared code outside shared/ipc', async () => {
    const code = "import { uuidv7 } from '@shared/lib/uuidv7';\nexport const x = uuidv7;\n";
    const [result] = await eslint.lintText(code, {
      filePath: path.join(root, 'electron/preload/leak.ts'),
    });
    expect(result?.messages.map((m) => m.message)).toEqual([
      'the preload may import only shared/ipc, not shared/lib/uuidv7',
    ]);
  });

  it('passes server code that imports shared', async () => {
    expect(await lintAs('server-imports-shared.ts', 'server/src/leak.ts')).toEqual([]);
  });
});
