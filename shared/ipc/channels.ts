/**
 * The names of every IPC channel, with no schema attached, so the sandboxed
 * preload can check a channel without bundling zod. `contract.ts` must declare
 * exactly these; a unit test keeps the two in step.
 */
export const IPC_CHANNELS = [
  'app:info',
  'app:setCentralUrl',
  'external:open',
  'notification:show',
  'token:load',
  'token:store',
  'token:clear',
  'key:data',
  'file:open',
  'file:save',
  'print:toPdf',
  'journal:append',
  'journal:acknowledge',
  'journal:pending',
] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}
