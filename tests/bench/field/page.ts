import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import Dexie from 'dexie';
import { WorkstationDatabase } from '../../../renderer/src/data/db';
import { sealFile } from '../../../renderer/src/data/sealing/sealed-files';
import { photoCopies } from '../../../renderer/src/lib/image/photo-copies';
import { sha256Hex } from '../../../renderer/src/lib/sha256';
import { SyncEngine } from '../../../renderer/src/sync/engine';
import { httpTransport } from '../../../renderer/src/sync/http-transport';
import { ensureSession } from '../../../renderer/src/sync/local-mutations';
import { uploadQueuedFiles } from '../../../renderer/src/sync/uploads';
import type { FieldBenchApi, ThumbnailBatch, UploadRun } from './api';
import { need, PageSession } from '../support/page-session';

/**
 * The field bench's page: photos made in the browser as a phone camera would
 * leave them, shrunk by the renderer's own photoCopies (its Web Worker), and
 * uploaded by the renderer's own upload path to the central service that
 * serves this page. Baselines run in the same page on the same bytes.
 */

const now = () => performance.now();
/** Side of the noise tile laid over each photo: sensor grain, so the JPEG is photo-sized. */
const TILE = 509;
/** How strongly the grain shows; sets how large each JPEG is (about 3 MB at 4000 × 3000, as a phone's). */
const GRAIN = 0.15;

const session = new PageSession();
let db: WorkstationDatabase | null = null;
let grain: ImageBitmap | null = null;
let serial = 0;
const kept: { bytes: Uint8Array; sha256: string }[] = [];
let keptBytes = 0;
let caseIds: string[] = [];
let blobRequests = 0;

/** Counts the requests each upload run makes. */
const nativeFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('/api/blobs')) blobRequests++;
  return nativeFetch(input, init);
};

/** A small deterministic generator: the same run makes the same photos. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function grainTile(): Promise<ImageBitmap> {
  if (grain) return grain;
  const r = random(7);
  const data = new ImageData(TILE, TILE);
  for (let i = 0; i < data.data.length; i += 4) {
    const base = 128 + (r() - 0.5) * 160;
    data.data[i] = base + (r() - 0.5) * 40;
    data.data[i + 1] = base + (r() - 0.5) * 40;
    data.data[i + 2] = base + (r() - 0.5) * 40;
    data.data[i + 3] = 255;
  }
  grain = await createImageBitmap(data);
  return grain;
}

/** A "photo": gradients and shapes for the scene, grain over it, JPEG at quality 0.9. */
async function makePhoto(width: number, height: number): Promise<Blob> {
  const r = random(++serial * 7919);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context off screen');
  const hue = () => Math.floor(r() * 360);
  const sky = context.createLinearGradient(0, 0, width * r(), height);
  sky.addColorStop(0, `hsl(${hue()} 45% 70%)`);
  sky.addColorStop(0.5, `hsl(${hue()} 30% 50%)`);
  sky.addColorStop(1, `hsl(${hue()} 25% 30%)`);
  context.fillStyle = sky;
  context.fillRect(0, 0, width, height);
  // Each shape fills only its own box: whole-canvas fills would make generating cost more than shrinking.
  for (let i = 0; i < 12; i++) {
    const [x, y, radius] = [r() * width, r() * height, (0.05 + r() * 0.25) * width];
    const shade = context.createRadialGradient(x, y, 0, x, y, radius);
    shade.addColorStop(0, `hsl(${hue()} 60% 55% / 0.8)`);
    shade.addColorStop(1, `hsl(${hue()} 40% 35% / 0)`);
    context.fillStyle = shade;
    context.fillRect(x - radius, y - radius, 2 * radius, 2 * radius);
  }
  const tile = await grainTile();
  context.globalCompositeOperation = 'overlay';
  context.globalAlpha = GRAIN;
  const dx = Math.floor(r() * TILE);
  const dy = Math.floor(r() * TILE);
  for (let y = -dy; y < height; y += TILE)
    for (let x = -dx; x < width; x += TILE) context.drawImage(tile, x, y);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

async function decodeOnly(photo: Blob): Promise<number> {
  const began = now();
  const bitmap = await createImageBitmap(photo);
  const ms = now() - began;
  bitmap.close();
  return ms;
}

async function copies(photo: Blob): Promise<{ ms: number; thumbnail: number; preview: number }> {
  const began = now();
  const made = await photoCopies(photo);
  return {
    ms: now() - began,
    thumbnail: made.thumbnail.blob.size,
    preview: made.preview.blob.size,
  };
}

const central = () => session.central();

/** One declaration and one whole-file PUT, straight to the service's chunk endpoint. */
async function putWhole(bytes: Uint8Array, sha256: string, caseId: string): Promise<void> {
  const headers = {
    authorization: `Bearer ${session.accessToken('rawPut')}`,
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
  const declared = await fetch('/api/blobs', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ sha256, size: bytes.byteLength, mediaType: 'image/jpeg', caseId }),
  });
  if (!declared.ok) throw new Error(`declare: ${declared.status} ${await declared.text()}`);
  const put = await fetch(`/api/blobs/${sha256}`, {
    method: 'PUT',
    headers: {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`,
    },
    body: bytes as BodyInit,
  });
  const status = (await put.json()) as { complete?: boolean };
  if (!put.ok || status.complete !== true)
    throw new Error(`PUT ${sha256}: ${put.status} ${JSON.stringify(status)}`);
}

const api: FieldBenchApi = {
  async warmUp() {
    await copies(await makePhoto(800, 600));
  },

  async thumbnails(count, width, height, keepBytes): Promise<ThumbnailBatch> {
    const batch: ThumbnailBatch = {
      photoBytes: [],
      copiesMs: [],
      decodeMs: [],
      thumbnailBytes: [],
      previewBytes: [],
      generateMs: 0,
    };
    for (let i = 0; i < count; i++) {
      const began = now();
      const photo = await makePhoto(width, height);
      batch.generateMs += now() - began;
      batch.photoBytes.push(photo.size);
      // Alternate which goes first, so neither always meets a warm cache.
      const decodeFirst = (serial & 1) === 0;
      if (decodeFirst) batch.decodeMs.push(await decodeOnly(photo));
      const made = await copies(photo);
      if (!decodeFirst) batch.decodeMs.push(await decodeOnly(photo));
      batch.copiesMs.push(made.ms);
      batch.thumbnailBytes.push(made.thumbnail);
      batch.previewBytes.push(made.preview);
      if (keptBytes < keepBytes) {
        const bytes = new Uint8Array(await photo.arrayBuffer());
        kept.push({ bytes, sha256: await sha256Hex(bytes) });
        keptBytes += bytes.byteLength;
      }
    }
    return batch;
  },

  async signIn(username) {
    const user = await session.signIn(username);
    const name = `field-bench-${username}`;
    await Dexie.delete(name);
    db = new WorkstationDatabase(name);
    await ensureSession(db, user.id);
    await new SyncEngine(db, httpTransport(central()), null, Date.now, null).sync();
    caseIds = (await db.cases.toCollection().primaryKeys()).sort();
    return caseIds.length;
  },

  async queueKept() {
    const database = need(db, 'queueKept');
    if (caseIds.length === 0) throw new Error('the user has no cases to attach photos to');
    const at = Date.now();
    // Sealed as the workstation keeps every file it holds.
    const sealed = await Promise.all(
      kept.map((photo) => sealFile(new Blob([photo.bytes as BlobPart]), photo.sha256)),
    );
    await database.transaction('rw', [database.blobs, database.uploads], async () => {
      for (const [i, photo] of kept.entries()) {
        await database.blobs.put({
          sha256: photo.sha256,
          bytes: sealed[i]?.bytes ?? new Blob(),
          sealed: 1,
          size: photo.bytes.byteLength,
          lastUsedAt: at,
          pinned: 1,
        });
        await database.uploads.put({
          sha256: photo.sha256,
          caseId: caseIds[i % caseIds.length] ?? '',
          fileName: `现场照片${i + 1}.jpg`,
          mediaType: 'image/jpeg',
          size: photo.bytes.byteLength,
          received: 0,
          state: 'queued',
          error: null,
          createdAt: at + i,
        });
      }
    });
    return { files: kept.length, bytes: keptBytes };
  },

  async uploadQueued(): Promise<UploadRun> {
    const database = need(db, 'uploadQueued');
    blobRequests = 0;
    const began = now();
    await uploadQueuedFiles(database, central());
    const ms = now() - began;
    const done = await database.uploads.where('state').equals('done').count();
    if (done !== kept.length) throw new Error(`${done} of ${kept.length} uploads finished`);
    return { files: kept.length, bytes: keptBytes, ms, requests: blobRequests };
  },

  async rawPut(variant): Promise<UploadRun> {
    // New blobs of the same sizes: the service stores what it has not seen, like the real run.
    const files = await Promise.all(
      kept.map(async ({ bytes }) => {
        const copy = bytes.slice();
        const middle = copy.byteLength >> 1;
        copy[middle] = (copy[middle] ?? 0) ^ (variant & 0xff || 1);
        return { bytes: copy, sha256: await sha256Hex(copy) };
      }),
    );
    blobRequests = 0;
    const began = now();
    for (const [i, file] of files.entries())
      await putWhole(file.bytes, file.sha256, caseIds[i % caseIds.length] ?? '');
    const ms = now() - began;
    return { files: files.length, bytes: keptBytes, ms, requests: blobRequests };
  },
};

window.fieldBench = api;
