import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BlobError, type BlobErrorCode, type BlobStore } from '../blob-store';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Random bytes and their name. */
export function sampleBlob(size: number): { bytes: Buffer; sha: string } {
  const bytes = randomBytes(size);
  return { bytes, sha: sha256Hex(bytes) };
}

/** Sends `bytes[from..to]` in chunks of `chunkSize`, as a client would. */
export async function uploadChunks(
  store: BlobStore,
  sha: string,
  bytes: Uint8Array,
  chunkSize: number,
  { from = 0, to = bytes.length }: { from?: number; to?: number } = {},
): Promise<void> {
  for (let offset = from; offset < to; offset += chunkSize) {
    const chunk = bytes.subarray(offset, Math.min(offset + chunkSize, to));
    await store.appendChunk(sha, offset, chunk, bytes.length);
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

/** The code of the BlobError `promise` rejects with; fails the test otherwise. */
export async function errorCode(promise: Promise<unknown>): Promise<BlobErrorCode> {
  const error = await promise.then(
    () => new Error('expected a BlobError, but the call succeeded'),
    (reason: unknown) => reason,
  );
  if (error instanceof BlobError) return error.code;
  throw error;
}

export async function temporaryDirectory(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'blob-store-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
