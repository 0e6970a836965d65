import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from './settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('settings store', () => {
  it('defaults to the embedded service and no update feed', async () => {
    expect(await loadSettings(path.join(dir, 'missing.json'))).toEqual({
      centralUrl: null,
      updateFeedUrl: null,
    });
  });

  it('reads a settings file written before the update feed existed', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, JSON.stringify({ centralUrl: 'https://claims.example.cn' }));
    expect(await loadSettings(file)).toEqual({
      centralUrl: 'https://claims.example.cn',
      updateFeedUrl: null,
    });
  });

  it('drops a damaged update feed without losing the central URL', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(
      file,
      JSON.stringify({ centralUrl: 'https://claims.example.cn', updateFeedUrl: 42 }),
    );
    expect(await loadSettings(file)).toEqual({
      centralUrl: 'https://claims.example.cn',
      updateFeedUrl: null,
    });
  });

  it('keeps the update feed through a save', async () => {
    const file = path.join(dir, 'settings.json');
    await saveSettings(file, { centralUrl: null, updateFeedUrl: 'https://updates.example.cn/' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      centralUrl: null,
      updateFeedUrl: 'https://updates.example.cn/',
    });
  });
});
