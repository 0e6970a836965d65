import { z } from 'zod';
import { OutboxEntry } from '../sync/outbox';
import type { IpcChannel } from './channels';

const Empty = z.object({}).strict();

const HttpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'only http and https addresses are allowed');

const FileFilter = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9*]{1,10}$/i, 'an extension is letters or digits'))
    .min(1),
});

const Bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'expected bytes (Uint8Array)',
);

/** Most entries or IDs one journal call carries; the platform layer splits larger batches. */
export const JOURNAL_BATCH_MAX = 500;
/** A queued mutation is a few KiB of fields; anything near this is a bug, not a user's work. */
const JOURNAL_ENTRY_MAX_CHARS = 256 * 1024;

// Reserved on Windows whatever the extension, so "con.jsonl" would not be a file in the journal dir.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A user ID as the journal accepts it: it becomes a file name, so it must
 * not be able to name anything outside the journal directory.
 */
export const JournalUserId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'a user id is letters, digits, ".", "_" or "-"')
  .refine((id) => !WINDOWS_DEVICE_NAME.test(id), 'a user id may not be a device name');

const MutationId = z.string().min(1).max(64);

/** The journal stores entries as JSON lines, so an entry must survive JSON and stay small. */
const JournalEntry = OutboxEntry.extend({ userId: JournalUserId }).superRefine((entry, ctx) => {
  let json: string | undefined;
  try {
    json = JSON.stringify(entry);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'args must be plain JSON', path: ['args'] });
    return;
  }
  if (json !== undefined && json.length > JOURNAL_ENTRY_MAX_CHARS) {
    ctx.addIssue({ code: 'custom', message: 'entry is larger than 256 KiB', path: ['args'] });
  }
});

export const AppInfo = z.object({
  version: z.string(),
  platform: z.string(),
  centralUrl: z.string(),
  embeddedCentral: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const OpenedFile = z.object({ name: z.string(), bytes: Bytes });
export type OpenedFile = z.infer<typeof OpenedFile>;

/**
 * Every channel, its request and its response, declared once: the preload,
 * the main-process handlers and the renderer's platform layer all derive
 * their types from here.
 */
export const ipcContract = {
  'app:info': { request: Empty, response: AppInfo },
  'app:setCentralUrl': {
    request: z.object({ url: HttpUrl.nullable() }).strict(),
    response: z.object({ restartRequired: z.boolean() }),
  },
  'external:open': { request: z.object({ url: HttpUrl }).strict(), response: Empty },
  'notification:show': {
    request: z.object({ title: z.string().min(1).max(200), body: z.string().max(1000) }).strict(),
    response: Empty,
  },
  'token:load': { request: Empty, response: z.object({ token: z.string().nullable() }) },
  'token:store': {
    request: z.object({ token: z.string().min(1).max(8192) }).strict(),
    response: Empty,
  },
  'token:clear': { request: Empty, response: Empty },
  /** The device's data key for personal fields, kept by main under the OS keychain. */
  'key:data': {
    request: Empty,
    response: z.object({ key: Bytes.refine((b) => b.length === 32, '32 bytes') }),
  },
  'file:open': {
    request: z
      .object({
        title: z.string().max(200).optional(),
        filters: z.array(FileFilter).max(10),
        multiple: z.boolean(),
      })
      .strict(),
    response: z.object({ files: z.array(OpenedFile) }),
  },
  'file:save': {
    request: z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(200)
          .refine((name) => !/[\\/]/.test(name), 'a file name, not a path'),
        bytes: Bytes,
      })
      .strict(),
    response: z.object({ saved: z.boolean() }),
  },
  'print:toPdf': { request: Empty, response: z.object({ bytes: Bytes }) },
  'journal:append': {
    request: z.object({ entries: z.array(JournalEntry).max(JOURNAL_BATCH_MAX) }).strict(),
    response: Empty,
  },
  'journal:acknowledge': {
    request: z
      .object({
        userId: JournalUserId,
        mutationIds: z.array(MutationId).max(JOURNAL_BATCH_MAX),
      })
      .strict(),
    response: Empty,
  },
  'journal:pending': {
    request: z.object({ userId: JournalUserId }).strict(),
    response: z.object({ entries: z.array(OutboxEntry) }),
  },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>;

export type IpcErrorCode = 'invalid-argument' | 'unknown-channel' | 'forbidden-sender' | 'failed';
export type IpcError = { code: IpcErrorCode; message: string };

/** Errors cross the bridge as values: Electron flattens thrown errors to a string. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The one object the preload exposes as `window.api`. */
export interface WorkstationBridge {
  invoke<C extends IpcChannel>(
    channel: C,
    request: IpcRequest<C>,
  ): Promise<IpcResult<IpcResponse<C>>>;
}
