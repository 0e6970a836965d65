import { pageFetch, type Answer, type Fetcher } from './fetcher';
import type { FetchReply, FetchRequest } from './fetch-protocol';

/** What the fetcher needs of a worker; a fake in tests. */
export interface RequestWorker {
  postMessage(message: FetchRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FetchReply>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
}

interface Pending {
  request: FetchRequest;
  resolve(answer: Answer): void;
  reject(error: Error): void;
}

/**
 * A fetcher whose requests run in a worker (fetch.worker.ts), so that
 * receiving a large body does not take the page's thread. Should the worker
 * fail to start or stop, its requests and every later one go through
 * `fallback` instead. One the worker had already sent is then sent again,
 * just as after a connection dropped before its answer came.
 */
export function offThreadFetcher(start: () => RequestWorker, fallback: Fetcher): Fetcher {
  let worker: RequestWorker | null = null;
  let broken = false;
  let nextId = 1;
  const waiting = new Map<number, Pending>();

  const settle = (reply: FetchReply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if ('failure' in reply) pending.reject(new TypeError(reply.failure));
    else pending.resolve(answerOf(reply.status, reply.body));
  };

  const giveUp = () => {
    broken = true;
    worker = null;
    const stranded = [...waiting.values()];
    waiting.clear();
    for (const { request, resolve, reject } of stranded)
      fallback(request.url, initOf(request)).then(resolve, reject);
  };

  const running = (): RequestWorker => {
    if (worker) return worker;
    const started = start();
    started.addEventListener('message', (event) => settle(event.data));
    started.addEventListener('error', giveUp);
    worker = started;
    return started;
  };

  return (url, init) => {
    if (broken) return fallback(url, init);
    const request: FetchRequest = { id: nextId++, url, ...init };
    return new Promise<Answer>((resolve, reject) => {
      waiting.set(request.id, { request, resolve, reject });
      try {
        running().postMessage(request);
      } catch {
        giveUp();
      }
    });
  };
}

function initOf({ method, headers, body }: FetchRequest) {
  return { method, headers, ...(body === undefined ? {} : { body }) };
}

const decoder = new TextDecoder();

function answerOf(status: number, body: ArrayBuffer): Answer {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: () => Promise.resolve().then((): unknown => JSON.parse(decoder.decode(body))),
    arrayBuffer: () => Promise.resolve(body),
  };
}

/** The workstation's fetcher: in a worker where the platform has them, else the page's own. */
export function workstationFetcher(): Fetcher {
  if (typeof Worker === 'undefined') return pageFetch;
  return offThreadFetcher(
    () => new Worker(new URL('./fetch.worker.ts', import.meta.url), { type: 'module' }),
    pageFetch,
  );
}
