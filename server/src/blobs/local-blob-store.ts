import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  assertRangeShape,
  assertSha256,
  BlobError,
  type BlobRead,
  type ByteRange,
  resolveRange,
} from './blob-store';
import { openForReading, sizeOf, syncDirectory } from './durable-fs';
import { StagedBlobStore } from './staged-blob-store';
import { StagingArea } from './staging-area';

/**
 * Blobs in a directory: complete ones at `aa/bb/<sha256>` (two levels of
 * fan-out keep directories small), uploads in progress under `staging/`. Both
 * live on one file system, so publishing a blob is a single atomic rename.
 */
export class LocalBlobStore extends StagedBlobStore {
  constructor(private readonly dir: string) {
    super(new StagingArea(path.join(dir, 'staging')));
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    assertSha256(sha256);
    const size = await sizeOf(this.blobPath(sha256));
    return size === null ? null : { size };
  }

  async read(sha256: string, range?: ByteRange): Promise<BlobRead> {
    assertSha256(sha256);
    if (range) assertRangeShape(range);
    const handle = await openForReading(this.blobPath(sha256));
    if (!handle) throw new BlobError('not-found', `No blob ${sha256}`);
    try {
      const { size } = await handle.stat();
      const resolved = range ? resolveRange(range, size) : null;
      const stream = handle.createReadStream({ start: resolved?.start, end: resolved?.end });
      return { stream, size, range: resolved };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  protected async publish(sha256: string, file: string): Promise<void> {
    const target = this.blobPath(sha256);
    const leaf = path.dirname(target);
    await mkdir(leaf, { recursive: true });
    await rename(file, target);
    // Once `complete` has answered, the blob must outlive a power cut, fan-out directories included.
    for (const dir of [leaf, path.dirname(leaf), this.dir]) await syncDirectory(dir);
  }

  private blobPath(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}
