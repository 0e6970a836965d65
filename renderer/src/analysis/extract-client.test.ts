import { describe, expect, it } from 'vitest';
import { Extractor, type ExtractWorker } from './extract-client';
import type { ExtractReply, ExtractRequest } from './extract-protocol';

/** A worker that answers after `delayMs`, or never when it is negative. */
function fakeWorker(delayMs: number, log: string[]): ExtractWorker {
  const listeners: ((event: MessageEvent<ExtractReply>) => void)[] = [];
  let alive = true;
  return {
    postMessage(message: ExtractRequest, transfer: Transferable[]) {
      log.push(`read ${message.about.fileName} (${transfer.length} transferred)`);
      if (delayMs < 0) return;
      setTimeout(() => {
        if (!alive) return;
        const reply: ExtractReply = { id: message.id, facts: null, ocrMissing: ['chi_sim'] };
        for (const listener of listeners) listener({ data: reply } as MessageEvent<ExtractReply>);
      }, delayMs);
    },
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') listeners.push(listener as (e: MessageEvent<ExtractReply>) => void);
    },
    terminate() {
      alive = false;
      log.push('terminated');
    },
  };
}

const job = (fileName: string) => ({
  mediaType: 'application/pdf',
  bytes: new ArrayBuffer(8),
  about: { documentId: fileName, fileName, docType: null },
  paper: false,
});

describe('the extraction worker client', () => {
  it('terminates a worker that overruns the budget and reads the next file in a fresh one', async () => {
    const log: string[] = [];
    const delays = [-1, 1];
    const extractor = new Extractor(() => fakeWorker(delays.shift() ?? 1, log), 50);
    await expect(extractor.read(job('bomb.pdf'))).rejects.toMatchObject({ problem: 'timeout' });
    await expect(extractor.read(job('invoice.pdf'))).resolves.toEqual({
      facts: null,
      ocrMissing: ['chi_sim'],
    });
    expect(log).toEqual([
      'read bomb.pdf (1 transferred)',
      'terminated',
      'read invoice.pdf (1 transferred)',
    ]);
  });

  it('reads one file at a time, so a file’s budget is its own work', async () => {
    const log: string[] = [];
    const extractor = new Extractor(() => fakeWorker(30, log), 50);
    const results = await Promise.all([1, 2, 3].map((n) => extractor.read(job(`${n}.pdf`))));
    expect(results).toHaveLength(3);
    expect(log).toEqual([
      'read 1.pdf (1 transferred)',
      'read 2.pdf (1 transferred)',
      'read 3.pdf (1 transferred)',
    ]);
  });

  it('gives the page the worker’s error with its name, so the problem can be named', async () => {
    const worker: ExtractWorker = {
      postMessage(message: ExtractRequest) {
        const reply: ExtractReply = {
          id: message.id,
          error: { name: 'PasswordException', message: 'No password given', problem: null },
        };
        queueMicrotask(() => listener?.({ data: reply } as MessageEvent<ExtractReply>));
      },
      addEventListener(type: string, l: unknown) {
        if (type === 'message') listener = l as (e: MessageEvent<ExtractReply>) => void;
      },
      terminate() {},
    };
    let listener: ((e: MessageEvent<ExtractReply>) => void) | undefined;
    const extractor = new Extractor(() => worker, 1000);
    await expect(extractor.read(job('locked.pdf'))).rejects.toMatchObject({
      name: 'PasswordException',
    });
  });
});
