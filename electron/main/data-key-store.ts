import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';

/** What protects the key on disk: Electron's safeStorage, passed in so tests need no Electron. */
export interface KeyProtector {
  available(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

const KEY_BYTES = 32;

/**
 * The device's data key for personal fields in IndexedDB, written once,
 * encrypted under the OS keychain (DPAPI, Keychain, libsecret). Without a
 * keychain the workstation refuses to start rather than keep customers'
 * personal data under a key lying in plain text beside it.
 */
export function createDataKeyStore(file: string, protector: KeyProtector) {
  let loading: Promise<Uint8Array> | null = null;
  async function loadOrCreate(): Promise<Uint8Array> {
    if (!protector.available()) {
      throw new Error(
        'The operating system offers no secure key storage (keychain), so personal data cannot be protected on this device.',
      );
    }
    const existing = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (existing) {
      const key = protector.decrypt(existing);
      if (key.length !== KEY_BYTES) throw new Error(`The data key in ${file} is damaged.`);
      return new Uint8Array(key);
    }
    const key = randomBytes(KEY_BYTES);
    // Written whole or not at all: a crash mid-write must not leave half a key.
    await writeFile(`${file}.tmp`, protector.encrypt(key), { mode: 0o600, flag: 'wx' });
    await rename(`${file}.tmp`, file);
    return new Uint8Array(key);
  }
  return {
    /** One load per process; concurrent callers share it. */
    load(): Promise<Uint8Array> {
      loading ??= loadOrCreate().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
  };
}
