import type { z } from 'zod';
import {
  ipcContract,
  isIpcChannel,
  type AppInfo,
  type IpcChannel,
  type IpcContract,
  type IpcResponse,
  type IpcResult,
  type OpenedFile,
} from '@shared/ipc';
import { describeIssues } from '@shared/lib/zod-issues';
import type { OutboxEntry } from '@shared/sync/outbox';

/**
 * Everything a handler may do to the outside world. Handlers receive these
 * instead of reaching for Electron, so their argument checks are plain unit
 * tests.
 */
export interface MainEffects {
  appInfo(): AppInfo;
  setCentralUrl(url: string | null): Promise<{ restartRequired: boolean }>;
  openExternal(url: string): Promise<void>;
  showNotification(title: string, body: string): void;
  loadToken(): Promise<string | null>;
  storeToken(token: string): Promise<void>;
  clearToken(): Promise<void>;
  /** This device's 32-byte data key, made on first use and stored under the OS keychain. */
  dataKey(): Promise<Uint8Array>;
  openFiles(options: IpcParsed<'file:open'>): Promise<OpenedFile[]>;
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<boolean>;
  printToPdf(): Promise<Uint8Array>;
  /** Resolves only once the entries are on disk (fsynced). */
  appendJournal(entries: OutboxEntry[]): Promise<void>;
  acknowledgeJournal(userId: string, mutationIds: string[]): Promise<void>;
  pendingJournal(userId: string): Promise<OutboxEntry[]>;
}

type IpcParsed<C extends IpcChannel> = z.output<IpcContract[C]['request']>;
type IpcHandler<C extends IpcChannel> = (request: IpcParsed<C>) => Promise<IpcResponse<C>>;
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

export function createIpcHandlers(effects: MainEffects): IpcHandlers {
  return {
    'app:info': async () => effects.appInfo(),
    'app:setCentralUrl': async ({ url }) => effects.setCentralUrl(url),
    'external:open': async ({ url }) => {
      await effects.openExternal(url);
      return {};
    },
    'notification:show': async ({ title, body }) => {
      effects.showNotification(title, body);
      return {};
    },
    'token:load': async () => ({ token: await effects.loadToken() }),
    'token:store': async ({ token }) => {
      await effects.storeToken(token);
      return {};
    },
    'token:clear': async () => {
      await effects.clearToken();
      return {};
    },
    'key:data': async () => ({ key: await effects.dataKey() }),
    'file:open': async (options) => ({ files: await effects.openFiles(options) }),
    'file:save': async ({ suggestedName, bytes }) => ({
      saved: await effects.saveFile(suggestedName, bytes),
    }),
    'print:toPdf': async () => ({ bytes: await effects.printToPdf() }),
    'journal:append': async ({ entries }) => {
      await effects.appendJournal(entries);
      return {};
    },
    'journal:acknowledge': async ({ userId, mutationIds }) => {
      await effects.acknowledgeJournal(userId, mutationIds);
      return {};
    },
    'journal:pending': async ({ userId }) => ({ entries: await effects.pendingJournal(userId) }),
  };
}

/**
 * The single entry for every IPC call: the channel and argument arrive as
 * `unknown` from a renderer we do not trust, are parsed against the contract,
 * and only then reach a handler.
 */
export async function dispatchIpc(
  handlers: IpcHandlers,
  channel: unknown,
  rawRequest: unknown,
): Promise<IpcResult<unknown>> {
  if (!isIpcChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: `Unknown IPC channel "${String(channel)}"` },
    };
  }
  const parsed = ipcContract[channel].request.safeParse(rawRequest);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-argument', message: `${channel}: ${describeIssues(parsed.error)}` },
    };
  }
  // The contract ties each channel's schema to its handler; TypeScript cannot
  // follow that correlation through an indexed union, hence the one widening.
  const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
