import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncController } from './controller';
import type { SyncEngine } from './engine';
import { SyncError } from './transport';

function engineFailing(errors: (Error | null)[]): { engine: SyncEngine; calls: () => number } {
  let calls = 0;
  const engine = {
    sync: vi.fn(async () => {
      const error = errors[calls++] ?? null;
      if (error) throw error;
      return { pushed: 0, rejected: 0, conflicts: 0, pulled: 0, cursor: 0 };
    }),
  } as unknown as SyncEngine;
  return { engine, calls: () => calls };
}

describe('sync controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries transient failures with growing delays and recovers', async () => {
    const { engine, calls } = engineFailing([
      new SyncError('transient', 'offline'),
      new SyncError('transient', 'offline'),
      null,
    ]);
    const controller = new SyncController({
      engine,
      isOnline: () => true,
      refreshSession: async () => true,
      random: () => 0,
    });
    controller.start();
    await controller.idle();
    expect(controller.status).toMatchObject({ phase: 'waiting-to-retry', error: 'offline' });
    await vi.advanceTimersByTimeAsync(500);
    await controller.idle();
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await controller.idle();
    expect(calls()).toBe(3);
    expect(controller.status).toMatchObject({ phase: 'idle', error: null });
    controller.stop();
  });

  it('refreshes an expired session once and syncs again', async () => {
    const { engine, calls } = engineFailing([new SyncError('auth', 'expired'), null]);
    const refresh = vi.fn(async () => true);
    const controller = new SyncController({
      engine,
      isOnline: () => true,
      refreshSession: refresh,
    });
    controller.start();
    await controller.idle();
    await controller.idle();
    expect(refresh).toHaveBeenCalledOnce();
    expect(calls()).toBe(2);
    controller.stop();
  });

  it('stops with the reason when the service refuses, and never syncs while working offline', async () => {
    const { engine, calls } = engineFailing([
      new SyncError('upgrade-required', 'Update the workstation.'),
    ]);
    const controller = new SyncController({
      engine,
      isOnline: () => true,
      refreshSession: async () => false,
    });
    controller.setWorkOffline(true);
    controller.start();
    await controller.idle();
    expect(calls()).toBe(0);
    expect(controller.status.connection).toBe('working-offline');
    controller.setWorkOffline(false);
    await controller.idle();
    expect(controller.status).toMatchObject({ phase: 'stopped', error: 'Update the workstation.' });
  });
});
