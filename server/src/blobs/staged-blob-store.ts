import {
  assertByteCount,
  assertSha256,
  BlobError,
  type BlobRead,
  type BlobStore,
  type ByteRange,
} from './blob-store';
import type { StagedUpload, StagingArea } from './staging-area';

/**
 * The upload protocol every store shares: chunks are staged on local disk and
 * verified there; a concrete store only says where finished blobs live.
 */
export abstract class StagedBlobStore implements BlobStore {
  protected constructor(protected readonly staging: StagingArea) {}

  abstract stat(sha256: string): Promise<{ size: number } | null>;
  abstract read(sha256: string, range?: ByteRange): Promise<BlobRead>;
  /** Make the verified `file` the blob. Runs under the hash's lock; the staging is discarded after. */
  protected abstract publish(sha256: string, file: string, size: number): Promise<void>;

  async stagedSize(sha256: string): Promise<number> {
    assertSha256(sha256);
    return (await this.staging.load(sha256)).confirmed;
  }

  async appendChunk(
    sha256: string,
    offset: number,
    chunk: Uint8Array,
    declaredSize: number,
  ): Promise<number> {
    assertSha256(sha256);
    assertByteCount('offset', offset);
    assertByteCount('declared size', declaredSize);
    return this.staging.lock(sha256, async () => {
      checkAppend(await this.staging.load(sha256), offset, chunk.byteLength, declaredSize);
      return this.staging.append(sha256, offset, chunk, declaredSize);
    });
  }

  async complete(sha256: string, declaredSize: number): Promise<{ size: number }> {
    assertSha256(sha256);
    assertByteCount('declared size', declaredSize);
    return this.staging.lock(sha256, async () => {
      const existing = await this.stat(sha256);
      if (existing) return this.alreadyComplete(sha256, existing, declaredSize);
      const upload = await this.staging.load(sha256);
      await this.refuseUnfinished(sha256, upload, declaredSize);
      const sealed = await this.staging.seal(sha256, upload.confirmed);
      if (sealed.sha256 !== sha256) {
        await this.staging.discard(sha256);
        throw new BlobError('hash-mismatch', `The uploaded bytes hash to ${sealed.sha256}`);
      }
      await this.publish(sha256, sealed.file, upload.confirmed);
      await this.staging.discard(sha256);
      return { size: upload.confirmed };
    });
  }

  async abort(sha256: string): Promise<void> {
    assertSha256(sha256);
    await this.staging.lock(sha256, () => this.staging.discard(sha256));
  }

  /** A retried `complete`, or a second upload of a blob someone else finished first. */
  private async alreadyComplete(
    sha256: string,
    existing: { size: number },
    declaredSize: number,
  ): Promise<{ size: number }> {
    await this.staging.discard(sha256);
    if (existing.size !== declaredSize) {
      throw new BlobError(
        'size-mismatch',
        `The blob is complete with ${existing.size} bytes, not ${declaredSize}`,
      );
    }
    return existing;
  }

  private async refuseUnfinished(
    sha256: string,
    upload: StagedUpload,
    declaredSize: number,
  ): Promise<void> {
    if (upload.declaredSize !== null && upload.declaredSize !== declaredSize) {
      await this.staging.discard(sha256);
      throw new BlobError(
        'size-mismatch',
        `The upload was declared as ${upload.declaredSize} bytes, not ${declaredSize}`,
      );
    }
    if (upload.confirmed < declaredSize) {
      throw new BlobError(
        'incomplete',
        `Only ${upload.confirmed} of ${declaredSize} bytes have arrived`,
        { stagedSize: upload.confirmed },
      );
    }
  }
}

function checkAppend(
  upload: StagedUpload,
  offset: number,
  length: number,
  declaredSize: number,
): void {
  if (offset !== upload.confirmed) {
    throw new BlobError(
      'offset-mismatch',
      `The upload continues at byte ${upload.confirmed}, not ${offset}`,
      { stagedSize: upload.confirmed },
    );
  }
  if (upload.declaredSize !== null && upload.declaredSize !== declaredSize) {
    throw new BlobError(
      'size-mismatch',
      `The upload was declared as ${upload.declaredSize} bytes, not ${declaredSize}`,
    );
  }
  if (offset + length > declaredSize) {
    throw new BlobError(
      'too-large',
      `The chunk would end at byte ${offset + length} of a ${declaredSize}-byte blob`,
    );
  }
}
