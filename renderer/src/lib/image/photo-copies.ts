import type { ShrunkImage } from './shrink';
import type { ShrinkReply, ShrinkRequest } from './shrink-protocol';

/** Longest edges: a list thumbnail, and the preview sent ahead of the original. */
export const THUMBNAIL_EDGE = 320;
export const PREVIEW_EDGE = 1600;

export interface PhotoCopies {
  thumbnail: ShrunkImage;
  preview: ShrunkImage;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<
  number,
  { resolve: (c: ShrunkImage[]) => void; reject: (e: Error) => void }
>();

function shrinker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./shrink.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<ShrinkReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.copies);
  });
  return worker;
}

/** The thumbnail and preview of a photo, made off the page's thread. */
export function photoCopies(source: Blob): Promise<PhotoCopies> {
  const id = nextId++;
  const request: ShrinkRequest = { id, source, sizes: [THUMBNAIL_EDGE, PREVIEW_EDGE] };
  return new Promise<ShrunkImage[]>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    shrinker().postMessage(request);
  }).then(([thumbnail, preview]) => {
    if (!thumbnail || !preview) throw new Error('The photo could not be shrunk.');
    return { thumbnail, preview };
  });
}
