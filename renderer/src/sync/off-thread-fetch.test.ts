import { describe, expect, it } from 'vitest';
import type { Answer, Fetcher } from './fetcher';
import { answer, type FetchReply, type FetchRequest } from './fetch-protocol';
import { offThreadFetcher, type RequestWorker } from './off-thread-fetch';

/** A worker that answers from `respond`, or is told to fail; requests wait until `flush`. */
class FakeWorker implements RequestWorker {
  readonly received: FetchRequest[] = [];
  private onMessage: ((event: MessageEvent<FetchReply>) => void) | null = null;
  private onError: ((event: Event) => void) | null = null;

  postMessage(message: FetchRequest): void {
    this.received.push(message);
  }

  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') this.onMessage = listener as (event: MessageEvent<FetchReply>) => void;
    else this.onError = listener as (event: Event) => void;
  }

  reply(reply: FetchReply): void {
    this.onMessage?.({ data: reply } as MessageEvent<FetchReply>);
  }

  crash(): void {
    this.onError?.(new Event('error'));
  }
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };
const unused: Fetcher = () => Promise.reject(new Error('the fallback was used'));

describe('requests from a worker', () => {
  it('matches each answer to its request, in whatever order they come', async () => {
    const worker = new FakeWorker();
    const fetcher = offThreadFetcher(() => worker, unused);
    const first = fetcher('http://central/api/a', init);
    const second = fetcher('http://central/api/b', init);
    const [a, b] = worker.received;
    if (!a || !b) throw new Error('the requests did not reach the worker');
    expect(a).toMatchObject({ url: 'http://central/api/a', method: 'POST', body: '{}' });
    worker.reply({ id: b.id, status: 409, body: bytes('{"error":"conflict"}') });
    worker.reply({ id: a.id, status: 200, body: bytes('{"名字":"张三"}') });
    const [fromA, fromB] = await Promise.all([first, second]);
    expect([fromA.ok, fromA.status, await fromA.json()]).toEqual([true, 200, { 名字: '张三' }]);
    expect([fromB.ok, fromB.status, await fromB.json()]).toEqual([
      false,
      409,
      { error: 'conflict' },
    ]);
  });

  it('rejects when the network failed, as the page’s fetch does', async () => {
    const worker = new FakeWorker();
    const fetcher = offThreadFetcher(() => worker, unused);
    const request = fetcher('http://central/api/a', init);
    worker.reply({ id: worker.received[0]?.id ?? 0, failure: 'Failed to fetch' });
    await expect(request).rejects.toThrow(TypeError);
  });

  it('sends what was waiting, and all that follows, through the fallback once the worker fails', async () => {
    const worker = new FakeWorker();
    const sent: string[] = [];
    const fallback: Fetcher = (url) => {
      sent.push(url);
      return Promise.resolve<Answer>({
        ok: true,
        status: 200,
        json: () => Promise.resolve(url),
        arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
      });
    };
    const fetcher = offThreadFetcher(() => worker, fallback);
    const waiting = fetcher('http://central/api/a', init);
    worker.crash();
    expect(await (await waiting).json()).toBe('http://central/api/a');
    expect(await (await fetcher('http://central/api/b', init)).json()).toBe('http://central/api/b');
    expect(sent).toEqual(['http://central/api/a', 'http://central/api/b']);
    expect(worker.received).toHaveLength(1);
  });
});

describe('the worker’s side', () => {
  it('reads the whole body and hands it over to be transferred', async () => {
    const fetchImpl = () => Promise.resolve(new Response('{"ok":true}', { status: 201 }));
    const { reply, transfer } = await answer(
      { id: 7, url: 'http://central/x', ...init },
      fetchImpl,
    );
    if ('failure' in reply) throw new Error(reply.failure);
    expect([reply.id, reply.status, new TextDecoder().decode(reply.body)]).toEqual([
      7,
      201,
      '{"ok":true}',
    ]);
    expect(transfer).toEqual([reply.body]);
  });

  it('says why when no answer came', async () => {
    const fetchImpl = () => Promise.reject(new TypeError('Failed to fetch'));
    const { reply } = await answer({ id: 8, url: 'http://central/x', ...init }, fetchImpl);
    expect(reply).toEqual({ id: 8, failure: 'Failed to fetch' });
  });
});
