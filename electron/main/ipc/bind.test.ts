import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type IpcResult } from '@shared/ipc';
import { bindIpcHandlers, isTrustedSender, type InvokeEvent, type IpcRegistrar } from './bind';
import { createIpcHandlers, type MainEffects } from './handlers';

type Listener = Parameters<IpcRegistrar['handle']>[1];

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcRegistrar = {
    handle: (channel, listener) => void listeners.set(channel, listener),
  };
  return { ipc, listeners };
}

function fakeEffects(): MainEffects {
  const never = () => {
    throw new Error('no effect expected');
  };
  return {
    appInfo: vi.fn(() => ({
      version: '0.1.0',
      platform: 'linux',
      centralUrl: 'http://127.0.0.1:1',
      embeddedCentral: true,
    })),
    setCentralUrl: vi.fn(never),
    openExternal: vi.fn(async () => undefined),
    showNotification: vi.fn(never),
    loadToken: vi.fn(async () => 'secret-token'),
    storeToken: vi.fn(never),
    clearToken: vi.fn(never),
    dataKey: vi.fn(never),
    openFiles: vi.fn(never),
    saveFile: vi.fn(never),
    printToPdf: vi.fn(never),
    appendJournal: vi.fn(never),
    acknowledgeJournal: vi.fn(never),
    pendingJournal: vi.fn(never),
  };
}

const frame = (url: string, parent: unknown = null): InvokeEvent => ({
  senderFrame: { url, parent },
});

describe('IPC sender check', () => {
  it('registers every declared channel, each through the guard', () => {
    const { ipc, listeners } = fakeIpc();
    const bound = bindIpcHandlers(ipc, createIpcHandlers(fakeEffects()));
    expect(bound).toEqual([...IPC_CHANNELS]);
    expect([...listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('answers the app’s own top-level page', async () => {
    const { ipc, listeners } = fakeIpc();
    const effects = fakeEffects();
    bindIpcHandlers(ipc, createIpcHandlers(effects));
    const result = await listeners.get('token:load')?.(frame('app://workstation/queue'), {});
    expect(result).toEqual({ ok: true, value: { token: 'secret-token' } });
  });

  it.each([
    ['a remote page', frame('https://evil.example/')],
    ['a look-alike origin', frame('app://workstation.evil.example/')],
    ['a file: page', frame('file:///tmp/index.html')],
    [
      'an iframe inside the app',
      frame('app://workstation/embedded', { url: 'app://workstation/' }),
    ],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s without running any handler', async (_name, event) => {
    const { ipc, listeners } = fakeIpc();
    const effects = fakeEffects();
    bindIpcHandlers(ipc, createIpcHandlers(effects));
    for (const channel of IPC_CHANNELS) {
      const result = (await listeners.get(channel)?.(event, {})) as IpcResult<unknown>;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
    }
    expect(effects.loadToken).not.toHaveBeenCalled();
    expect(effects.openExternal).not.toHaveBeenCalled();
    expect(effects.appInfo).not.toHaveBeenCalled();
  });

  it('trusts the dev server only by exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedSender({ url: 'http://localhost:5173/case/1', parent: null }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:51730/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null })).toBe(false);
  });
});
