import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataKeyStore, type KeyProtector } from './data-key-store';

const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
const protector = (available = true): KeyProtector => ({
  available: () => available,
  encrypt: xor,
  decrypt: xor,
});

describe('data key store', () => {
  const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'data-key-')), 'data-key.bin');

  it('makes a key once, stores it only encrypted, and returns the same key after a restart', async () => {
    const at = file();
    const key = await createDataKeyStore(at, protector()).load();
    expect(key).toHaveLength(32);
    expect(Buffer.from(readFileSync(at))).not.toEqual(Buffer.from(key));
    expect(await createDataKeyStore(at, protector()).load()).toEqual(key);
  });

  it('gives concurrent callers the same key', async () => {
    const store = createDataKeyStore(file(), protector());
    const [a, b] = await Promise.all([store.load(), store.load()]);
    expect(a).toEqual(b);
  });

  it('refuses to run without OS key storage', async () => {
    await expect(createDataKeyStore(file(), protector(false)).load()).rejects.toThrow(/keychain/);
  });
});
