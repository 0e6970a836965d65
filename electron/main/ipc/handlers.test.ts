import { describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '@shared/sync/outbox';
import { createIpcHandlers, dispatchIpc, type MainEffects } from './handlers';

function fakeEffects(): MainEffects {
  return {
    appInfo: vi.fn(() => ({
      version: '0.1.0',
      platform: 'linux',
      centralUrl: 'http://127.0.0.1:1',
      embeddedCentral: true,
    })),
    setCentralUrl: vi.fn(async () => ({ restartRequired: true })),
    openExternal: vi.fn(async () => undefined),
    showNotification: vi.fn(),
    loadToken: vi.fn(async () => null),
    dataKey: vi.fn(async () => new Uint8Array(32)),
    storeToken: vi.fn(async () => undefined),
    clearToken: vi.fn(async () => undefined),
    openFiles: vi.fn(async () => []),
    saveFile: vi.fn(async () => true),
    printToPdf: vi.fn(async () => new Uint8Array()),
    appendJournal: vi.fn(async () => undefined),
    acknowledgeJournal: vi.fn(async () => undefined),
    pendingJournal: vi.fn(async () => []),
  };
}

function outboxEntry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    mutationId: '01900000-0000-7000-8000-000000000001',
    deviceId: 'device-0001',
    deviceSeq: 1,
    userId: 'user-adj-east1',
    name: 'case.update',
    version: 1,
    args: { caseId: 'case-1', fields: { description: 'water damage' } },
    baseRowVersions: { 'case-1': 3 },
    createdAt: 1_760_000_000_000,
    ...overrides,
  };
}

describe('main-process IPC dispatch', () => {
  it('rejects a malformed URL with a specific error and never opens it', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'external:open', {
      url: 'file:///etc/passwd',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: 'external:open: url: only http and https addresses are allowed',
      },
    });
    expect(effects.openExternal).not.toHaveBeenCalled();
  });

  it('rejects extra properties a caller tries to smuggle in', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'token:store', {
      token: 'abc',
      path: '/tmp/x',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/^token:store: .*path/);
    expect(effects.storeToken).not.toHaveBeenCalled();
  });

  it('rejects a file name that is a path', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'file:save', {
      suggestedName: '../../.bashrc',
      bytes: new Uint8Array([1]),
    });
    expect(result.ok ? '' : result.error.message).toBe(
      'file:save: suggestedName: a file name, not a path',
    );
    expect(effects.saveFile).not.toHaveBeenCalled();
  });

  it('refuses a channel the contract does not declare', async () => {
    const result = await dispatchIpc(createIpcHandlers(fakeEffects()), 'shell:exec', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Unknown IPC channel "shell:exec"' },
    });
  });

  it('passes a well-formed argument to its effect', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'external:open', {
      url: 'https://example.com/policy',
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect(effects.openExternal).toHaveBeenCalledWith('https://example.com/policy');
  });

  it('reports a failing effect as a value, not a crash', async () => {
    const effects = fakeEffects();
    effects.loadToken = vi.fn(async () => {
      throw new Error('keychain locked');
    });
    const result = await dispatchIpc(createIpcHandlers(effects), 'token:load', {});
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'keychain locked' } });
  });
});

describe('outbox journal channels', () => {
  it('appends well-formed entries and answers only after the effect resolves', async () => {
    const effects = fakeEffects();
    const entry = outboxEntry();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:append', {
      entries: [entry],
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect(effects.appendJournal).toHaveBeenCalledWith([entry]);
  });

  it('refuses an entry without a deviceSeq and writes nothing', async () => {
    const effects = fakeEffects();
    const { deviceSeq: _omitted, ...withoutSeq } = outboxEntry();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:append', {
      entries: [outboxEntry({ mutationId: '01900000-0000-7000-8000-000000000002' }), withoutSeq],
    });
    expect(result.ok ? '' : result.error.message).toMatch(
      /^journal:append: entries\.1\.deviceSeq: /,
    );
    expect(effects.appendJournal).not.toHaveBeenCalled();
  });

  it('refuses more than 500 entries in one call', async () => {
    const effects = fakeEffects();
    const entries = Array.from({ length: 501 }, (_, i) =>
      outboxEntry({ mutationId: `mutation-${String(i).padStart(4, '0')}`, deviceSeq: i }),
    );
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:append', { entries });
    expect(result.ok ? '' : result.error.message).toMatch(/^journal:append: entries: /);
    expect(effects.appendJournal).not.toHaveBeenCalled();
  });

  it('refuses an entry whose user id would leave the journal directory', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:append', {
      entries: [outboxEntry({ userId: '../../evil' })],
    });
    expect(result.ok ? '' : result.error.message).toBe(
      'journal:append: entries.0.userId: a user id is letters, digits, ".", "_" or "-"',
    );
    expect(effects.appendJournal).not.toHaveBeenCalled();
  });

  it('refuses args that cannot be written as JSON', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:append', {
      entries: [outboxEntry({ args: { amountFen: 10n } })],
    });
    expect(result.ok ? '' : result.error.message).toBe(
      'journal:append: entries.0.args: args must be plain JSON',
    );
    expect(effects.appendJournal).not.toHaveBeenCalled();
  });

  it('refuses an acknowledgement whose IDs are not strings', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:acknowledge', {
      userId: 'user-adj-east1',
      mutationIds: ['01900000-0000-7000-8000-000000000001', 7],
    });
    expect(result.ok ? '' : result.error.message).toMatch(/^journal:acknowledge: mutationIds\.1: /);
    expect(effects.acknowledgeJournal).not.toHaveBeenCalled();
  });

  it('passes an acknowledgement to its effect', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:acknowledge', {
      userId: 'user-adj-east1',
      mutationIds: ['01900000-0000-7000-8000-000000000001'],
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect(effects.acknowledgeJournal).toHaveBeenCalledWith('user-adj-east1', [
      '01900000-0000-7000-8000-000000000001',
    ]);
  });

  it('refuses a pending query for a path-like user id', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:pending', {
      userId: '../x',
    });
    expect(result.ok ? '' : result.error.message).toBe(
      'journal:pending: userId: a user id is letters, digits, ".", "_" or "-"',
    );
    expect(effects.pendingJournal).not.toHaveBeenCalled();
  });

  it('refuses a Windows device name as a user id', async () => {
    const effects = fakeEffects();
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:pending', {
      userId: 'CON',
    });
    expect(result.ok ? '' : result.error.message).toBe(
      'journal:pending: userId: a user id may not be a device name',
    );
    expect(effects.pendingJournal).not.toHaveBeenCalled();
  });

  it('returns the pending entries the effect reports', async () => {
    const effects = fakeEffects();
    const entry = outboxEntry();
    effects.pendingJournal = vi.fn(async () => [entry]);
    const result = await dispatchIpc(createIpcHandlers(effects), 'journal:pending', {
      userId: 'user-adj-east1',
    });
    expect(result).toEqual({ ok: true, value: { entries: [entry] } });
    expect(effects.pendingJournal).toHaveBeenCalledWith('user-adj-east1');
  });
});
