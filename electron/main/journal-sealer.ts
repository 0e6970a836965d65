import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { OutboxEntry } from '@shared/sync/outbox';

const PREFIX = 'sealed:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals an outbox entry's arguments (where its personal data is) for the journal on disk. */
export interface JournalSealer {
  seal(entry: OutboxEntry): Promise<OutboxEntry>;
  open(entry: OutboxEntry): Promise<OutboxEntry>;
}

/**
 * AES-256-GCM under a key derived from the device's data key, with the
 * mutation id as associated data so a sealed payload cannot be moved onto
 * another entry. Entries journalled before sealing existed open as they are.
 */
export function createJournalSealer(loadDataKey: () => Promise<Uint8Array>): JournalSealer {
  let key: Promise<Buffer> | null = null;
  const journalKey = () =>
    (key ??= loadDataKey().then((dataKey) =>
      Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'outbox-journal', 32)),
    ));
  return {
    async seal(entry) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', await journalKey(), iv);
      cipher.setAAD(Buffer.from(entry.mutationId));
      const body = Buffer.concat([
        cipher.update(JSON.stringify(entry.args), 'utf8'),
        cipher.final(),
      ]);
      const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
      return { ...entry, args: PREFIX + sealed };
    },
    async open(entry) {
      if (typeof entry.args !== 'string' || !entry.args.startsWith(PREFIX)) return entry;
      const bytes = Buffer.from(entry.args.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv(
        'aes-256-gcm',
        await journalKey(),
        bytes.subarray(0, IV_BYTES),
      );
      decipher.setAAD(Buffer.from(entry.mutationId));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
      return { ...entry, args: JSON.parse(plain.toString('utf8')) as unknown };
    },
  };
}
