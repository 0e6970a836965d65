import { describe, expect, it, vi } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  checkFeedUrl,
  resolveUpdateFeed,
  startUpdates,
  type UpdateEffects,
  type UpdaterLike,
} from './updates';

type Events = {
  error: (error: Error) => void;
  'update-available': (info: { version: string }) => void;
  'update-downloaded': (info: { version: string }) => void;
};

function fakeUpdater(overrides: Partial<UpdaterLike> = {}) {
  const listeners: Partial<{ [E in keyof Events]: Events[E][] }> = {};
  const updater = {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    allowDowngrade: true,
    allowPrerelease: true,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => null),
    downloadUpdate: vi.fn(async () => []),
    on(event: keyof Events, listener: Events[keyof Events]) {
      (listeners[event] ??= [] as never[]).push(listener as never);
      return updater;
    },
    ...overrides,
  } as UpdaterLike & { setFeedURL: ReturnType<typeof vi.fn> };
  const emit = <E extends keyof Events>(event: E, ...args: Parameters<Events[E]>) => {
    for (const listener of listeners[event] ?? [])
      (listener as (...a: Parameters<Events[E]>) => void)(...args);
  };
  return { updater, emit };
}

function fakeEffects(updater: UpdaterLike | Error, confirm = true) {
  const effects = {
    loadUpdater: vi.fn(async () => {
      if (updater instanceof Error) throw updater;
      return updater;
    }),
    confirmDownload: vi.fn(async () => confirm),
    notifyDownloaded: vi.fn(),
    repeat: vi.fn(),
    log: { info: vi.fn(), warn: vi.fn() },
  } satisfies UpdateEffects;
  return effects;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('update feed URL', () => {
  it('accepts https, and http only on this machine', () => {
    expect(checkFeedUrl('https://updates.example.cn/workstation/').ok).toBe(true);
    expect(checkFeedUrl('http://localhost:8080/feed').ok).toBe(true);
    expect(checkFeedUrl('http://127.0.0.1:8080/feed').ok).toBe(true);
    expect(checkFeedUrl('http://[::1]:8080/feed').ok).toBe(true);
    expect(checkFeedUrl('http://updates.example.cn/feed')).toMatchObject({ ok: false });
    expect(checkFeedUrl('http://localhost.evil.example/feed')).toMatchObject({ ok: false });
    expect(checkFeedUrl('file:///tmp/feed')).toMatchObject({ ok: false });
    expect(checkFeedUrl('ftp://updates.example.cn/')).toMatchObject({ ok: false });
    expect(checkFeedUrl('not a url')).toMatchObject({ ok: false });
  });

  it('is off when nothing is configured', () => {
    expect(resolveUpdateFeed({})).toEqual({ enabled: false, reason: 'no update feed configured' });
    expect(resolveUpdateFeed({ env: '  ', settings: null })).toMatchObject({ enabled: false });
  });

  it('takes the environment over settings', () => {
    expect(
      resolveUpdateFeed({ env: 'https://a.example/feed', settings: 'https://b.example/feed' }),
    ).toEqual({ enabled: true, url: 'https://a.example/feed', source: 'UPDATE_FEED_URL' });
    expect(resolveUpdateFeed({ settings: 'https://b.example/feed' })).toEqual({
      enabled: true,
      url: 'https://b.example/feed',
      source: 'settings',
    });
  });

  it('refuses a plain-http feed and says why', () => {
    const decision = resolveUpdateFeed({ settings: 'http://updates.example.cn/' });
    expect(decision.enabled).toBe(false);
    if (!decision.enabled) expect(decision.reason).toMatch(/settings .*https/);
  });
});

describe('startUpdates', () => {
  it('never loads the updater when updates are off', async () => {
    const effects = fakeEffects(fakeUpdater().updater);
    const result = await startUpdates(
      { enabled: false, reason: 'no update feed configured' },
      effects,
    );
    expect(result).toBeNull();
    expect(effects.loadUpdater).not.toHaveBeenCalled();
    expect(effects.repeat).not.toHaveBeenCalled();
  });

  it('uses the generic feed, downloads nothing by itself, and checks periodically', async () => {
    const { updater } = fakeUpdater();
    const effects = fakeEffects(updater);
    await startUpdates(
      { enabled: true, url: 'https://updates.example.cn/ws/', source: 'settings' },
      effects,
    );
    expect(updater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://updates.example.cn/ws/',
    });
    expect(updater.autoDownload).toBe(false);
    expect(updater.allowDowngrade).toBe(false);
    expect(updater.allowPrerelease).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(effects.repeat).toHaveBeenCalledWith(expect.any(Function), CHECK_INTERVAL_MS);
  });

  it('downloads an available update only after the user agrees, and asks once per version', async () => {
    const { updater, emit } = fakeUpdater();
    const effects = fakeEffects(updater, true);
    await startUpdates({ enabled: true, url: 'https://u.example/', source: 'settings' }, effects);
    emit('update-available', { version: '0.2.0' });
    emit('update-available', { version: '0.2.0' });
    await flush();
    expect(effects.confirmDownload).toHaveBeenCalledTimes(1);
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(1);
    emit('update-downloaded', { version: '0.2.0' });
    expect(effects.notifyDownloaded).toHaveBeenCalledWith('0.2.0');
  });

  it('downloads nothing when the user says later', async () => {
    const { updater, emit } = fakeUpdater();
    const effects = fakeEffects(updater, false);
    await startUpdates({ enabled: true, url: 'https://u.example/', source: 'settings' }, effects);
    emit('update-available', { version: '0.2.0' });
    await flush();
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
  });

  it('logs failures instead of throwing them', async () => {
    const { updater, emit } = fakeUpdater({
      checkForUpdates: vi.fn(async () => {
        throw new Error('getaddrinfo ENOTFOUND');
      }),
      downloadUpdate: vi.fn(() => {
        throw new Error('disk full');
      }),
    });
    const effects = fakeEffects(updater);
    await startUpdates({ enabled: true, url: 'https://u.example/', source: 'settings' }, effects);
    emit('error', new Error('sha512 checksum mismatch'));
    emit('update-available', { version: '0.3.0' });
    await flush();
    const warnings = effects.log.warn.mock.calls.map(([message, error]) => [
      message,
      (error as Error).message,
    ]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        ['Update check failed', 'getaddrinfo ENOTFOUND'],
        ['Update check failed', 'sha512 checksum mismatch'],
        ['Downloading update 0.3.0 failed', 'disk full'],
      ]),
    );
  });

  it('stays off when the updater cannot be loaded or configured', async () => {
    const effects = fakeEffects(new Error('Cannot find module electron-updater'));
    await expect(
      startUpdates({ enabled: true, url: 'https://u.example/', source: 'settings' }, effects),
    ).resolves.toBeNull();
    const { updater } = fakeUpdater({
      setFeedURL: vi.fn(() => {
        throw new Error('bad feed');
      }),
    });
    const second = fakeEffects(updater);
    await expect(
      startUpdates({ enabled: true, url: 'https://u.example/', source: 'settings' }, second),
    ).resolves.toBeNull();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('never logs the credentials or query of a feed URL', async () => {
    const { updater } = fakeUpdater();
    const effects = fakeEffects(updater);
    await startUpdates(
      {
        enabled: true,
        url: 'https://ci:s3cret@u.example/feed?token=abc',
        source: 'UPDATE_FEED_URL',
      },
      effects,
    );
    const logged = effects.log.info.mock.calls.map(([message]) => message).join('\n');
    expect(logged).toContain('https://u.example/feed');
    expect(logged).not.toContain('s3cret');
    expect(logged).not.toContain('token=abc');
  });
});
