import { readFile, rm, writeFile } from 'node:fs/promises';
import { safeStorage } from 'electron';

/**
 * Keeps the refresh token encrypted with the OS keychain. Where the OS offers
 * no keychain the token is not written at all: the user signs in again after
 * a restart rather than finding a plain-text token on disk.
 */
export function createTokenStore(file: string) {
  return {
    async load(): Promise<string | null> {
      if (!safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(await readFile(file));
      } catch {
        return null;
      }
    },
    async store(token: string): Promise<void> {
      if (!safeStorage.isEncryptionAvailable()) return;
      await writeFile(file, safeStorage.encryptString(token), { mode: 0o600 });
    },
    async clear(): Promise<void> {
      await rm(file, { force: true });
    },
  };
}
