import type { ShrunkImage } from './shrink';

/** One photo to shrink to each of the given longest edges. */
export interface ShrinkRequest {
  id: number;
  source: Blob;
  sizes: readonly number[];
}

export type ShrinkReply = { id: number; copies: ShrunkImage[] } | { id: number; error: string };
