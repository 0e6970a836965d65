import type { BlobRow } from '../db';
import { deviceKeys, type KeyRing } from './device-key';

/**
 * Files kept on the device (a document's PDF, a field photo) hold the same
 * personal data as the records, so their bytes are sealed too. Blobs are
 * read asynchronously, which IndexedDB transactions cannot wait for, so
 * callers seal before their transaction and open after reading.
 */
export async function sealFile(
  bytes: Blob,
  sha256: string,
  keys: KeyRing = deviceKeys,
): Promise<Pick<BlobRow, 'bytes' | 'sealed'>> {
  const plain = new Uint8Array(await bytes.arrayBuffer());
  const sealed = keys.cipher().sealBytes(plain, placeOf(sha256));
  return { bytes: new Blob([sealed as BlobPart]), sealed: 1 };
}

/** The file's plain bytes; rows kept before files were sealed are returned as they are. */
export async function openFile(
  row: Pick<BlobRow, 'bytes' | 'sealed' | 'sha256'>,
  mediaType = '',
  keys: KeyRing = deviceKeys,
): Promise<Blob> {
  if (row.sealed !== 1) return row.bytes;
  const sealed = new Uint8Array(await row.bytes.arrayBuffer());
  const plain = keys.cipher().openBytes(sealed, placeOf(row.sha256));
  return new Blob([plain as BlobPart], { type: mediaType });
}

const placeOf = (sha256: string) => `blobs|${sha256}`;
