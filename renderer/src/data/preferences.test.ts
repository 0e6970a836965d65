import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkstationDatabase } from './db';
import { loadPreferences, savePreference } from './preferences';

describe('preferences', () => {
  it('defaults to Chinese and the light theme', async () => {
    const db = new WorkstationDatabase('prefs-default');
    expect(await loadPreferences(db)).toEqual({
      language: 'zh-CN',
      themeMode: 'light',
      autoLockMinutes: 15,
    });
  });

  it('keeps what the user chose', async () => {
    const db = new WorkstationDatabase('prefs-saved');
    await savePreference('language', 'en', db);
    await savePreference('themeMode', 'dark', db);
    await savePreference('autoLockMinutes', 5, db);
    expect(await loadPreferences(db)).toEqual({
      language: 'en',
      themeMode: 'dark',
      autoLockMinutes: 5,
    });
  });

  it('falls back to defaults for a value it does not understand', async () => {
    const db = new WorkstationDatabase('prefs-damaged');
    await db.preferences.put({ key: 'language', value: 'klingon' });
    expect((await loadPreferences(db)).language).toBe('zh-CN');
  });
});
