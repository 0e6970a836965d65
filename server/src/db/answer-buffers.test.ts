import { describe, expect, it } from 'vitest';
import { AnswerBuffers, handBack } from './answer-buffers';

// Buffers are compared by identity as booleans: a failing toBe on them would print megabytes.
describe('the buffers answers are read into', () => {
  it('reuses a lent buffer only once bytes of it are handed back', () => {
    const buffers = new AnswerBuffers();
    const first = buffers.take();
    buffers.lend(first);
    const second = buffers.take();
    expect(second === first).toBe(false);
    handBack([first.subarray(10, 20)]);
    expect(buffers.take() === first).toBe(true);
  });

  it('ignores bytes of no lent answer, and an answer handed back twice', () => {
    const buffers = new AnswerBuffers();
    const lent = buffers.take();
    buffers.lend(lent);
    handBack([Buffer.from('a head the service printed'), lent.subarray(0, 4), lent.subarray(4)]);
    expect(buffers.take() === lent).toBe(true);
    // Handed back twice, it would be handed out twice.
    expect(buffers.take() === lent).toBe(false);
  });

  it('keeps a few buffers, not every one handed back', () => {
    const buffers = new AnswerBuffers();
    const lent = Array.from({ length: 10 }, () => buffers.take());
    for (const buffer of lent) buffers.lend(buffer);
    handBack(lent);
    const kept = new Set(Array.from({ length: 10 }, () => buffers.take()));
    expect(lent.filter((buffer) => kept.has(buffer)).length).toBe(4);
  });

  it('lets a buffer grown for an unusually large answer go', () => {
    const buffers = new AnswerBuffers();
    const large = Buffer.allocUnsafeSlow(64 * 1024 * 1024);
    const usual = buffers.take();
    for (const buffer of [large, usual]) buffers.lend(buffer);
    handBack([large, usual]);
    expect(buffers.take() === usual).toBe(true);
    expect(buffers.take() === large).toBe(false);
  });
});
