import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job';

const log = () => ({ info: vi.fn(), warn: vi.fn() });

describe('startPeriodicJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs every interval, logs what a run did, and keeps going after a failure', async () => {
    const logger = log();
    const run = vi
      .fn<(signal: AbortSignal) => Promise<number>>()
      .mockResolvedValueOnce(3)
      .mockRejectedValueOnce(new Error('database restarting'))
      .mockResolvedValue(0);
    const job = startPeriodicJob({
      name: 'tidy',
      everyMs: 1000,
      log: logger,
      run,
      describe: (n) => (n > 0 ? { n } : null),
    });
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(logger.info).toHaveBeenCalledWith({ n: 3 }, 'tidy');
    await vi.advanceTimersByTimeAsync(1000);
    expect(logger.warn).toHaveBeenCalledWith({ error: 'database restarting' }, 'tidy failed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(logger.info).toHaveBeenCalledTimes(1);
    await job.stop();
  });

  it('comes back sooner when a run asks, and never runs when the interval is 0', async () => {
    const run = vi.fn(async () => 1);
    const job = startPeriodicJob({
      name: 'backlog',
      everyMs: 10_000,
      log: log(),
      run,
      describe: () => null,
      nextDelayMs: () => 100,
    });
    await vi.advanceTimersByTimeAsync(10_300);
    expect(run).toHaveBeenCalledTimes(4);
    await job.stop();

    const off = vi.fn(async () => 1);
    startPeriodicJob({ name: 'off', everyMs: 0, log: log(), run: off, describe: () => null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(off).not.toHaveBeenCalled();
  });

  it('joins a run in progress, and on stop tells it to stop and waits for it', async () => {
    let finish: () => void = () => undefined;
    const seen: { signal: AbortSignal | null } = { signal: null };
    const run = vi.fn(
      (signal: AbortSignal) =>
        new Promise<number>((resolve) => {
          seen.signal = signal;
          finish = () => resolve(1);
        }),
    );
    const job = startPeriodicJob({
      name: 'long',
      everyMs: 1000,
      log: log(),
      run,
      describe: () => null,
    });
    const first = job.runOnce();
    expect(job.runOnce()).toBe(first);
    const stopped = job.stop();
    expect(seen.signal?.aborted).toBe(true);
    finish();
    await stopped;
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
