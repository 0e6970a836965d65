import { z } from 'zod';
import { database, type WorkstationDatabase } from './db';

/**
 * What lets a locked workstation be unlocked with no network: a salted
 * PBKDF2 hash of the password last used to sign in online on this device.
 * It opens the lock screen only; the service still needs a valid session.
 */
const KEY = 'unlockVerifier';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const VERIFIER_ITERATIONS = 600_000;

const Verifier = z.object({
  userId: z.string(),
  salt: z.string(),
  iterations: z.number().int().positive(),
  hash: z.string(),
});
type Verifier = z.infer<typeof Verifier>;

export async function rememberVerifier(
  userId: string,
  password: string,
  db: WorkstationDatabase = database,
  iterations = VERIFIER_ITERATIONS,
): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  const verifier: Verifier = { userId, salt: toBase64(salt), iterations, hash: toBase64(hash) };
  await db.preferences.put({ key: KEY, value: verifier });
}

/** 'no-verifier' when this device never saw the user sign in online. */
export async function checkVerifier(
  userId: string,
  password: string,
  db: WorkstationDatabase = database,
): Promise<'match' | 'mismatch' | 'no-verifier'> {
  const parsed = Verifier.safeParse((await db.preferences.get(KEY))?.value);
  if (!parsed.success || parsed.data.userId !== userId) return 'no-verifier';
  const { salt, iterations, hash } = parsed.data;
  const candidate = await derive(password, fromBase64(salt), iterations);
  return constantTimeEqual(candidate, fromBase64(hash)) ? 'match' : 'mismatch';
}

export async function forgetVerifier(db: WorkstationDatabase = database): Promise<void> {
  await db.preferences.delete(KEY);
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
