import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { type FileHandle, open, rename, stat } from 'node:fs/promises';

/**
 * The few file operations the blob stores need, written so that what they
 * report as done survives a crash or power cut.
 */

export function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** Size of a regular file, or null when there is none. */
export async function sizeOf(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export async function openForReading(file: string): Promise<FileHandle | null> {
  try {
    return await open(file, 'r');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Opens read-write, creating if needed, without O_APPEND: positional writes must land where asked. */
export async function withWritableFile<T>(
  file: string,
  task: (handle: FileHandle) => Promise<T>,
): Promise<T> {
  const handle = await open(file, constants.O_RDWR | constants.O_CREAT, 0o600);
  try {
    return await task(handle);
  } finally {
    await handle.close();
  }
}

/** A single write may be short; loop until every byte is at its place. */
export async function writeAllAt(
  handle: FileHandle,
  bytes: Uint8Array,
  position: number,
): Promise<void> {
  let written = 0;
  while (written < bytes.byteLength) {
    const { bytesWritten } = await handle.write(
      bytes,
      written,
      bytes.byteLength - written,
      position + written,
    );
    written += bytesWritten;
  }
}

/** Readers see either the old content or the new, never a torn file. */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.tmp`;
  await withWritableFile(temporary, async (handle) => {
    await handle.truncate(0);
    await handle.writeFile(content);
    await handle.sync();
  });
  await rename(temporary, file);
}

/**
 * A rename or a new file is durable only once its directory is synced. Windows
 * cannot sync a directory; there the rename is all we can do.
 */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  }
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
