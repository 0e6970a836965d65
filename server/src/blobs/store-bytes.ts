import type { BlobStore } from './blob-store';

/** Puts bytes the service itself produced into the store; a blob already there is kept. */
export async function storeBytes(
  store: BlobStore,
  sha256: string,
  bytes: Uint8Array,
): Promise<void> {
  if (await store.stat(sha256)) return;
  await store.abort(sha256);
  await store.appendChunk(sha256, 0, bytes, bytes.byteLength);
  await store.complete(sha256, bytes.byteLength);
}
