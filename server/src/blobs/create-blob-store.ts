import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describeIssues } from '@shared/lib/zod-issues';
import type { BlobStore } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore, type S3BlobStoreOptions } from './s3-blob-store';

export type BlobStoreConfig =
  | { kind: 'local'; dir: string }
  | ({ kind: 's3' } & S3BlobStoreOptions);

export function createBlobStore(config: BlobStoreConfig): BlobStore {
  switch (config.kind) {
    case 'local':
      return new LocalBlobStore(config.dir);
    case 's3':
      return new S3BlobStore(config);
  }
}

const REQUIRED_FOR_S3 = 'required when BLOB_STORE=s3';

function requiredForS3() {
  return z.string({ error: REQUIRED_FOR_S3 }).min(1, REQUIRED_FOR_S3);
}

const Flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 1, 0, true or false' })
  .transform((value) => value === '1' || value === 'true');

const LocalEnv = z.object({ BLOB_STORE: z.literal('local') });

const S3Env = z.object({
  BLOB_STORE: z.literal('s3'),
  /** Defaults to AWS's own endpoint for the region. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  S3_REGION: requiredForS3(),
  // S3's naming rules, which also keep the name safe in a host name or a path.
  S3_BUCKET: requiredForS3().regex(
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    'must be 3-63 lowercase letters, digits, dots or hyphens',
  ),
  S3_ACCESS_KEY_ID: requiredForS3(),
  S3_SECRET_ACCESS_KEY: requiredForS3(),
  S3_FORCE_PATH_STYLE: Flag.default(false),
});

const ENV_NAMES = [
  'BLOB_STORE',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

/** Our variables only, with blank ones (`S3_ENDPOINT=` in a compose file) counted as unset. */
function blobVariables(env: unknown): Record<string, string> {
  const source = (env ?? {}) as Record<string, unknown>;
  const picked: Record<string, string> = { BLOB_STORE: 'local' };
  for (const name of ENV_NAMES) {
    const value = source[name];
    if (typeof value === 'string' && value.trim() !== '') picked[name] = value.trim();
  }
  return picked;
}

/** `BLOB_STORE=local` (the default) or `BLOB_STORE=s3` with its `S3_*` settings. */
export const BlobStoreEnv = z.preprocess(
  blobVariables,
  z.discriminatedUnion('BLOB_STORE', [LocalEnv, S3Env], {
    error: 'must be "local" or "s3"',
  }),
);

/** Blobs, and the staging of uploads bound for S3, live under `<dataDir>/blobs`. */
export function readBlobStoreConfig(env: NodeJS.ProcessEnv, dataDir: string): BlobStoreConfig {
  const parsed = BlobStoreEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid blob storage configuration: ${describeIssues(parsed.error)}`);
  }
  const e = parsed.data;
  const dir = blobDirectory(dataDir);
  if (e.BLOB_STORE === 'local') return { kind: 'local', dir };
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`,
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    stagingDir: path.join(dir, 'staging'),
  };
}

/** A `memory://` data directory keeps nothing on purpose; its blobs go to a fresh temporary directory. */
function blobDirectory(dataDir: string): string {
  if (dataDir.startsWith('memory://'))
    return path.join(os.tmpdir(), `claims-blobs-${randomUUID()}`);
  return path.join(dataDir, 'blobs');
}
