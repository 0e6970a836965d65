/** Photos made and shrunk in one call of the field bench page. */
export interface ThumbnailBatch {
  /** Size in bytes of each generated photo. */
  photoBytes: number[];
  /** photoCopies (320 px thumbnail + 1600 px preview, in the Web Worker), ms per photo. */
  copiesMs: number[];
  /** The baseline: createImageBitmap(blob) alone, ms per photo. */
  decodeMs: number[];
  /** Bytes of the thumbnail and the preview made of each photo. */
  thumbnailBytes: number[];
  previewBytes: number[];
  /** Time spent drawing and encoding the photos (not part of any figure). */
  generateMs: number;
}

/** Files sent to the central service, and how long it took. */
export interface UploadRun {
  files: number;
  bytes: number;
  ms: number;
  /** HTTP requests made (declarations, chunks, status checks). */
  requests: number;
}

/** What the field bench page (headless Chromium) offers the runner as `window.fieldBench`. */
export interface FieldBenchApi {
  /** Starts the shrinking worker on a small photo, so the first timed photo does not pay for it. */
  warmUp(): Promise<void>;
  /**
   * Generates `count` photos of width × height (noise over gradients and
   * shapes, JPEG quality 0.9), times photoCopies and the decode baseline on
   * each, and keeps photos for the upload runs until `keepBytes` are kept.
   */
  thumbnails(
    count: number,
    width: number,
    height: number,
    keepBytes: number,
  ): Promise<ThumbnailBatch>;
  /** Signs in and syncs the user's cases into a fresh workstation database; returns how many. */
  signIn(username: string): Promise<number>;
  /** Queues every kept photo as the workstation does (local store + upload row), untimed. */
  queueKept(): Promise<{ files: number; bytes: number }>;
  /** The workstation's real path: uploadQueuedFiles against the central service. */
  uploadQueued(): Promise<UploadRun>;
  /**
   * The baseline: the kept photos, each with one byte changed (`variant`) so
   * they are new blobs of the same size, sent as one declaration and one
   * whole-file PUT each.
   */
  rawPut(variant: number): Promise<UploadRun>;
}

declare global {
  interface Window {
    fieldBench?: FieldBenchApi;
  }
}
