import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  isMissing,
  sha256OfFile,
  sizeOf,
  syncDirectory,
  withWritableFile,
  writeAllAt,
  writeFileAtomically,
} from './durable-fs';
import { KeyedMutex } from './keyed-mutex';

/**
 * Uploads in progress, on local disk whatever the store: `<sha>.part` holds the
 * bytes and `<sha>.json` how many of them are confirmed. The sidecar is written
 * only after the bytes are synced, so a crash mid-append leaves at worst a part
 * file longer than confirmed, which the next append cuts back.
 *
 * Callers validate the hash and hold `lock(sha)` around every change.
 */

const Sidecar = z.object({
  size: z.number().int().nonnegative(),
  declaredSize: z.number().int().nonnegative(),
});

export interface StagedUpload {
  /** Bytes safely on disk. */
  confirmed: number;
  /** The total size the upload announced with its first chunk; null before that. */
  declaredSize: number | null;
}

const NOTHING_STAGED: StagedUpload = { confirmed: 0, declaredSize: null };

// One table for the process, keyed by file path, so two stores on one directory also take turns.
const locks = new KeyedMutex();

export class StagingArea {
  constructor(readonly dir: string) {}

  lock<T>(sha256: string, task: () => Promise<T>): Promise<T> {
    return locks.run(this.partPath(sha256), task);
  }

  /** A sidecar promising more bytes than the part file holds cannot be trusted: start over. */
  async load(sha256: string): Promise<StagedUpload> {
    const sidecar = await readSidecar(this.sidecarPath(sha256));
    if (!sidecar) return NOTHING_STAGED;
    const partSize = await sizeOf(this.partPath(sha256));
    if (partSize === null || partSize < sidecar.size) return NOTHING_STAGED;
    return { confirmed: sidecar.size, declaredSize: sidecar.declaredSize };
  }

  /** Writes `chunk` at `offset`, the confirmed size, dropping any unconfirmed tail first. */
  async append(
    sha256: string,
    offset: number,
    chunk: Uint8Array,
    declaredSize: number,
  ): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    await withWritableFile(this.partPath(sha256), async (file) => {
      await file.truncate(offset);
      await writeAllAt(file, chunk, offset);
      await file.sync();
    });
    const size = offset + chunk.byteLength;
    await writeFileAtomically(this.sidecarPath(sha256), JSON.stringify({ size, declaredSize }));
    await syncDirectory(this.dir);
    return size;
  }

  /** Cuts the part file to its confirmed bytes and hashes exactly those. */
  async seal(sha256: string, confirmed: number): Promise<{ file: string; sha256: string }> {
    await mkdir(this.dir, { recursive: true });
    const file = this.partPath(sha256);
    await withWritableFile(file, async (handle) => {
      await handle.truncate(confirmed);
      await handle.sync();
    });
    return { file, sha256: await sha256OfFile(file) };
  }

  async discard(sha256: string): Promise<void> {
    const sidecar = this.sidecarPath(sha256);
    // The sidecar goes first: a part file without one counts as nothing staged.
    await rm(sidecar, { force: true });
    await rm(`${sidecar}.tmp`, { force: true });
    await rm(this.partPath(sha256), { force: true });
  }

  partPath(sha256: string): string {
    return path.join(this.dir, `${sha256}.part`);
  }

  private sidecarPath(sha256: string): string {
    return path.join(this.dir, `${sha256}.json`);
  }
}

/** A missing or unreadable sidecar means nothing is confirmed. */
async function readSidecar(file: string): Promise<z.infer<typeof Sidecar> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  try {
    const parsed = Sidecar.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
