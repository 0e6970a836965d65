import type { ExtractReply, ExtractRequest, ExtractResult, FileAbout } from './extract-protocol';
import { FileProblemError } from './file-problems';

/** The part of a Worker the client uses; tests hand in a fake. */
export interface ExtractWorker {
  postMessage(message: ExtractRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface ExtractJob {
  mediaType: string;
  /** Handed over to the worker: the caller must not use it afterwards. */
  bytes: ArrayBuffer;
  about: FileAbout;
  paper: boolean;
}

/**
 * Reads files in the extraction worker, one at a time, each within a time
 * budget. A file that overruns it (a decompression bomb, a PDF built to
 * loop) costs only its worker: that is terminated, with whatever it was
 * doing, and the next file gets a fresh one. The page never waits on it.
 */
export class Extractor {
  #worker: ExtractWorker | null = null;
  #pending: {
    id: number;
    resolve: (result: ExtractResult) => void;
    reject: (error: Error) => void;
  } | null = null;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly spawn: () => ExtractWorker,
    private readonly budgetMs: number,
  ) {}

  read(job: ExtractJob): Promise<ExtractResult> {
    const run = this.#queue.then(() => this.#run(job));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker; the next read starts another. */
  close(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #run(job: ExtractJob): Promise<ExtractResult> {
    const id = this.#nextId++;
    const worker = this.#ensureWorker();
    return new Promise<ExtractResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending = null;
        this.close();
        reject(new FileProblemError('timeout'));
      }, this.budgetMs);
      this.#pending = {
        id,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      worker.postMessage({ id, ...job }, [job.bytes]);
    });
  }

  #ensureWorker(): ExtractWorker {
    if (this.#worker) return this.#worker;
    const worker = this.spawn();
    worker.addEventListener('message', (event) => {
      const reply = event.data;
      const pending = this.#pending;
      if (!pending || pending.id !== reply.id) return;
      this.#pending = null;
      if ('error' in reply) pending.reject(errorOf(reply.error));
      else pending.resolve({ facts: reply.facts, ocrMissing: reply.ocrMissing });
    });
    // A worker that fails to start or crashes is replaced for the next file.
    worker.addEventListener('error', (event) => {
      const pending = this.#pending;
      this.#pending = null;
      if (this.#worker === worker) this.close();
      pending?.reject(new Error(event.message || 'The extraction worker failed.'));
    });
    this.#worker = worker;
    return worker;
  }
}

/** The worker's error as the page names it, so pdf.js's exception names still tell what went wrong. */
function errorOf(error: Extract<ExtractReply, { error: unknown }>['error']): Error {
  if (error.problem) return new FileProblemError(error.problem, error.message);
  return Object.assign(new Error(error.message), { name: error.name });
}
