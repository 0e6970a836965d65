import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { bytesToUtf8, randomBytes, utf8ToBytes } from '@noble/ciphers/utils.js';

/**
 * Seals a personal value for storage on the device and opens it again.
 *
 * Synchronous on purpose: IndexedDB commits a transaction as soon as it
 * waits on anything else, so sealing inside Dexie's write path cannot await
 * WebCrypto. XChaCha20-Poly1305 takes a random 24-byte nonce per value
 * without a nonce-reuse risk, and the field's place (table and path) is
 * bound in as associated data, so a sealed value moved to another field
 * fails to open instead of being read as that field.
 */
export interface FieldCipher {
  seal(value: unknown, place: string): string;
  open(sealed: string, place: string): unknown;
  /** The same for a file's bytes: nonce, then ciphertext and tag. */
  sealBytes(plain: Uint8Array, place: string): Uint8Array;
  openBytes(sealed: Uint8Array, place: string): Uint8Array;
}

/** Marks a stored string as sealed; a plain value never starts with it. */
export const SEALED_PREFIX = 'sealed:v1:';

const NONCE_BYTES = 24;
export const DATA_KEY_BYTES = 32;

export class SealedValueError extends Error {
  constructor(place: string) {
    super(
      `A sealed value in ${place} could not be opened: it was altered or sealed under another key.`,
    );
    this.name = 'SealedValueError';
  }
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

export function createFieldCipher(key: Uint8Array): FieldCipher {
  if (key.length !== DATA_KEY_BYTES) {
    throw new Error(`The data key must be ${DATA_KEY_BYTES} bytes, not ${key.length}.`);
  }
  const keyCopy = Uint8Array.from(key);
  const sealBytes = (plain: Uint8Array, place: string): Uint8Array => {
    const nonce = randomBytes(NONCE_BYTES);
    const sealed = xchacha20poly1305(keyCopy, nonce, utf8ToBytes(place)).encrypt(plain);
    const out = new Uint8Array(NONCE_BYTES + sealed.length);
    out.set(nonce);
    out.set(sealed, NONCE_BYTES);
    return out;
  };
  const openBytes = (sealed: Uint8Array, place: string): Uint8Array => {
    try {
      return xchacha20poly1305(
        keyCopy,
        sealed.subarray(0, NONCE_BYTES),
        utf8ToBytes(place),
      ).decrypt(sealed.subarray(NONCE_BYTES));
    } catch {
      throw new SealedValueError(place);
    }
  };
  return {
    seal: (value, place) =>
      SEALED_PREFIX + toBase64(sealBytes(utf8ToBytes(JSON.stringify(value)), place)),
    open: (sealed, place) =>
      JSON.parse(
        bytesToUtf8(openBytes(fromBase64(sealed.slice(SEALED_PREFIX.length)), place)),
      ) as unknown,
    sealBytes,
    openBytes,
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
