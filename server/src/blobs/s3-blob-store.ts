import { openAsBlob } from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import {
  assertRangeShape,
  assertSha256,
  BlobError,
  type BlobRead,
  type ByteRange,
} from './blob-store';
import { StagedBlobStore } from './staged-blob-store';
import { StagingArea } from './staging-area';

export interface S3Location {
  /** e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:9000` for MinIO. */
  endpoint: string;
  bucket: string;
  /** `endpoint/bucket/key` rather than `bucket.endpoint/key`; MinIO and most self-hosted stores need it. */
  forcePathStyle: boolean;
}

export interface S3BlobStoreOptions extends S3Location {
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Uploads are staged and verified on local disk before they reach the bucket. */
  stagingDir: string;
}

/** The bucket answered something other than success or a refusal the store understands. */
export class S3RequestError extends Error {
  override readonly name = 'S3RequestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Complete blobs as objects `blobs/<sha256>` in an S3-compatible bucket. The
 * bucket needs s3:ListBucket for this key prefix: without it, S3 answers a
 * missing object with 403 instead of 404, and `stat` reports a failure.
 */
export class S3BlobStore extends StagedBlobStore {
  private readonly client: AwsClient;

  constructor(private readonly options: S3BlobStoreOptions) {
    super(new StagingArea(options.stagingDir));
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      service: 's3',
      region: options.region,
      // aws4fetch retries 5xx and 429 with backoff; its default of 10 could stall a request for most of a minute.
      retries: 2,
    });
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    assertSha256(sha256);
    const response = await this.client.fetch(this.url(sha256), { method: 'HEAD' });
    if (response.status === 404) return null;
    await expectSuccess(response, 'HEAD');
    return { size: contentLength(response) };
  }

  async read(sha256: string, range?: ByteRange): Promise<BlobRead> {
    assertSha256(sha256);
    if (range) assertRangeShape(range);
    const headers = range ? { range: `bytes=${range.start}-${range.end ?? ''}` } : undefined;
    const response = await this.client.fetch(this.url(sha256), { headers });
    if (response.status === 404 || response.status === 416) {
      await response.body?.cancel();
      throw await this.readRefusal(sha256, response.status, range);
    }
    await expectSuccess(response, 'GET');
    return { stream: nodeStream(response), ...describeContent(response) };
  }

  protected async publish(sha256: string, file: string, size: number): Promise<void> {
    const response = await this.client.fetch(this.url(sha256), {
      method: 'PUT',
      headers: {
        'content-length': String(size),
        'content-type': 'application/octet-stream',
        // The payload hash is the blob's name, so the bucket checks the bytes once more on arrival.
        'x-amz-content-sha256': sha256,
      },
      // A file-backed Blob streams from disk, and unlike a stream it can be sent again on a retry.
      body: await openAsBlob(file),
    });
    await expectSuccess(response, 'PUT');
    await response.body?.cancel();
  }

  private async readRefusal(
    sha256: string,
    status: number,
    range: ByteRange | undefined,
  ): Promise<BlobError> {
    const blob = status === 416 ? await this.stat(sha256) : null;
    if (!blob) return new BlobError('not-found', `No blob ${sha256}`);
    return new BlobError(
      'range-not-satisfiable',
      `range starts at byte ${range?.start ?? 0} of a ${blob.size}-byte blob`,
      { blobSize: blob.size },
    );
  }

  private url(sha256: string): string {
    return s3ObjectUrl(this.options, `blobs/${sha256}`);
  }
}

export function s3ObjectUrl(location: S3Location, key: string): string {
  const url = new URL(location.endpoint);
  const prefix = url.pathname.replace(/\/+$/, '');
  if (location.forcePathStyle) {
    url.pathname = `${prefix}/${location.bucket}/${key}`;
  } else {
    url.hostname = `${location.bucket}.${url.hostname}`;
    url.pathname = `${prefix}/${key}`;
  }
  return url.toString();
}

async function expectSuccess(response: Response, method: string): Promise<void> {
  if (response.ok) return;
  const body = await response.text().catch(() => '');
  // S3 explains itself in XML: <Error><Code>SignatureDoesNotMatch</Code>…
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1] ?? response.statusText;
  throw new S3RequestError(
    response.status,
    `Object storage refused ${method}: ${response.status} ${code}`,
  );
}

function contentLength(response: Response): number {
  const size = Number(response.headers.get('content-length'));
  if (!response.headers.has('content-length') || !Number.isSafeInteger(size) || size < 0) {
    throw new S3RequestError(response.status, 'Object storage sent no usable Content-Length');
  }
  return size;
}

/** A 206 says which bytes it carries; a 200 carries them all, even if a range was asked for. */
function describeContent(response: Response): Omit<BlobRead, 'stream'> {
  if (response.status !== 206) return { size: contentLength(response), range: null };
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  if (!match) throw new S3RequestError(206, 'Object storage sent no usable Content-Range');
  const [start, end, size] = match.slice(1).map(Number) as [number, number, number];
  return { size, range: { start, end } };
}

function nodeStream(response: Response): Readable {
  if (!response.body) return Readable.from([]);
  return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
}
