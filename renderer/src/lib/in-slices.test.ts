import { describe, expect, it } from 'vitest';
import { inSlices } from './in-slices';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('work in slices', () => {
  it('runs each slice in a task of its own until the work is done', async () => {
    const slices: number[] = [];
    let finished = false;
    inSlices(
      () => {
        slices.push(slices.length);
        return slices.length === 3;
      },
      () => (finished = true),
    );
    expect(slices).toEqual([]);
    for (let i = 0; i < 50 && !finished; i++) await tick();
    expect(slices).toEqual([0, 1, 2]);
    expect(finished).toBe(true);
  });

  it('stops when asked, before the next slice', async () => {
    let slices = 0;
    let finished = false;
    const stop = inSlices(
      () => ++slices > 100,
      () => (finished = true),
    );
    await tick();
    await tick();
    stop();
    const stoppedAt = slices;
    await tick();
    await tick();
    expect(slices).toBe(stoppedAt);
    expect(finished).toBe(false);
  });
});
