/**
 * Browser mode's secrets, behind a non-extractable AES-GCM key that the
 * browser keeps in IndexedDB: page script can ask the browser to use it but
 * can never read it out, so the data key and the session token it protects
 * leave the device only as ciphertext.
 */
export interface WebVault {
  /** The device's 256-bit data key for personal fields, made on first use. */
  dataKey(): Promise<Uint8Array>;
  seal(text: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

const DATABASE = 'workstation-keys';
const STORE = 'keys';
const ENTRY = 'device';

interface VaultEntry {
  id: typeof ENTRY;
  /** Non-extractable: usable for encrypt and decrypt, never exportable. */
  wrappingKey: CryptoKey;
  iv: Uint8Array;
  sealedDataKey: ArrayBuffer;
}

export function createWebVault(idb: IDBFactory = indexedDB, webCrypto: Crypto = crypto): WebVault {
  const subtle = webCrypto.subtle;
  let entry: Promise<VaultEntry> | null = null;
  const load = () => (entry ??= loadOrCreate(idb, webCrypto));
  return {
    async dataKey() {
      const { wrappingKey, iv, sealedDataKey } = await load();
      return new Uint8Array(
        await subtle.decrypt(
          { name: 'AES-GCM', iv: iv as BufferSource },
          wrappingKey,
          sealedDataKey,
        ),
      );
    },
    async seal(text) {
      const { wrappingKey } = await load();
      const iv = webCrypto.getRandomValues(new Uint8Array(12));
      const sealed = await subtle.encrypt(
        { name: 'AES-GCM', iv },
        wrappingKey,
        new TextEncoder().encode(text),
      );
      return `${toBase64(iv)}.${toBase64(new Uint8Array(sealed))}`;
    },
    async open(sealed) {
      const { wrappingKey } = await load();
      const [iv, body] = sealed.split('.');
      if (!iv || !body) throw new Error('The stored secret is not in the vault’s format.');
      const plain = await subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(iv) as BufferSource },
        wrappingKey,
        fromBase64(body) as BufferSource,
      );
      return new TextDecoder().decode(plain);
    },
  };
}

async function loadOrCreate(idb: IDBFactory, webCrypto: Crypto): Promise<VaultEntry> {
  const db = await openVault(idb);
  try {
    const existing = await request<VaultEntry | undefined>(
      db.transaction(STORE).objectStore(STORE).get(ENTRY),
    );
    if (existing) return existing;
    const made = await makeEntry(webCrypto);
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(made));
      return made;
    } catch {
      // Another tab made the device's entry first: everyone uses that one.
      const winner = await request<VaultEntry | undefined>(
        db.transaction(STORE).objectStore(STORE).get(ENTRY),
      );
      if (!winner) throw new Error('The browser would not keep this device’s key.');
      return winner;
    }
  } finally {
    db.close();
  }
}

async function makeEntry(webCrypto: Crypto): Promise<VaultEntry> {
  const wrappingKey = await webCrypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const dataKey = webCrypto.getRandomValues(new Uint8Array(32));
  const iv = webCrypto.getRandomValues(new Uint8Array(12));
  const sealedDataKey = await webCrypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    wrappingKey,
    dataKey,
  );
  dataKey.fill(0);
  return { id: ENTRY, wrappingKey, iv, sealedDataKey };
}

function openVault(idb: IDBFactory): Promise<IDBDatabase> {
  const open = idb.open(DATABASE, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(open);
}

function request<T>(req: IDBRequest<T> | IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
