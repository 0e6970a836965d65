import { fromTuple, type CaseDigest, type DigestBucketRow, type DigestTuple } from './digest';

export interface ParsedBucket {
  readonly stamp: string;
  readonly digests: readonly CaseDigest[];
}

/**
 * The buckets as digests. A bucket whose stamp has not changed since
 * `previous` is reused as it was: after a sync that touched a few cases,
 * only their buckets are parsed again.
 */
export function parseBuckets(
  rows: readonly DigestBucketRow[],
  previous: ReadonlyMap<number, ParsedBucket>,
): Map<number, ParsedBucket> {
  const parsed = new Map<number, ParsedBucket>();
  for (const row of rows) {
    const kept = previous.get(row.bucket);
    parsed.set(
      row.bucket,
      kept?.stamp === row.stamp
        ? kept
        : { stamp: row.stamp, digests: (JSON.parse(row.digests) as DigestTuple[]).map(fromTuple) },
    );
  }
  return parsed;
}

export function allDigests(buckets: ReadonlyMap<number, ParsedBucket>): CaseDigest[] {
  const all: CaseDigest[] = [];
  for (const bucket of buckets.values()) for (const digest of bucket.digests) all.push(digest);
  return all;
}
