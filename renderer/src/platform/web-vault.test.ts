import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createWebVault } from './web-vault';

describe('browser-mode vault', () => {
  it('makes one data key per device and gives the same key back later', async () => {
    const idb = new IDBFactory();
    const first = await createWebVault(idb).dataKey();
    expect(first).toHaveLength(32);
    expect(await createWebVault(idb).dataKey()).toEqual(first);
    expect(await createWebVault(new IDBFactory()).dataKey()).not.toEqual(first);
  });

  it('agrees on one key when two tabs start at once', async () => {
    const idb = new IDBFactory();
    const [a, b] = await Promise.all([
      createWebVault(idb).dataKey(),
      createWebVault(idb).dataKey(),
    ]);
    expect(a).toEqual(b);
  });

  it('keeps its wrapping key non-extractable and the stored data key only as ciphertext', async () => {
    const idb = new IDBFactory();
    const key = await createWebVault(idb).dataKey();
    const entry = await new Promise<{ wrappingKey: CryptoKey; sealedDataKey: ArrayBuffer }>(
      (resolve) => {
        const open = idb.open('workstation-keys');
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get('device');
          get.onsuccess = () => resolve(get.result);
        };
      },
    );
    expect(entry.wrappingKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', entry.wrappingKey)).rejects.toThrow();
    expect(new Uint8Array(entry.sealedDataKey)).not.toEqual(key);
  });

  it('seals a session token so only this device’s vault opens it', async () => {
    const vault = createWebVault(new IDBFactory());
    const sealed = await vault.seal('eyJhbGciOiJFZERTQSJ9.token');
    expect(sealed).not.toContain('token');
    expect(await vault.open(sealed)).toBe('eyJhbGciOiJFZERTQSJ9.token');
    await expect(createWebVault(new IDBFactory()).open(sealed)).rejects.toThrow();
  });
});
