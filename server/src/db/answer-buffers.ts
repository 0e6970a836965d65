/**
 * The buffers one database's answers are read into when their text is
 * wanted as bytes (pglite-raw-rows.ts). The text goes out as views of the
 * buffer, not as copies: copying each page of a first sync out of it
 * (171 MB for 20,000 cases) cost the service about a third of
 * its CPU, most of it in collecting the copies. So an answer's buffer is
 * lent with its rows, and reused only once the bytes are handed back
 * (`handBack`), after they have been sent. An answer never handed back is
 * garbage like any other value; a buffer is never reused while lent.
 */
export class AnswerBuffers {
  private readonly free: Buffer[] = [];

  /** A buffer for the next answer: one handed back, or a new one. */
  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(FIRST_SIZE);
  }

  /** `buffer` now holds an answer whose bytes are in use until handed back. */
  lend(buffer: Buffer): void {
    // Bytes of the answer are views of this memory: they find their way back by it.
    loans.set(buffer.buffer, { from: this, buffer });
  }

  /**
   * Kept for the next answer: a few are enough for the pulls a service sends
   * at once. One grown past LARGEST_KEPT for an unusually large answer (a
   * range of a first sync that is all cases) is left to the collector
   * rather than held for the life of the service.
   */
  keep(buffer: Buffer): void {
    if (this.free.length < KEPT && buffer.length <= LARGEST_KEPT) this.free.push(buffer);
  }
}

/** Large enough for most pages of a pull, which grow it when they need to. */
const FIRST_SIZE = 4 * 1024 * 1024;
const KEPT = 4;
const LARGEST_KEPT = 16 * 1024 * 1024;

const loans = new WeakMap<ArrayBufferLike, { from: AnswerBuffers; buffer: Buffer }>();

/**
 * Says these bytes have been sent: each answer they are part of may be
 * reused, with every other value read from it. Bytes of no lent answer, and
 * an answer already handed back, are ignored.
 */
export function handBack(bytes: Iterable<Uint8Array>): void {
  for (const { buffer } of bytes) {
    const loan = loans.get(buffer);
    if (!loan) continue;
    loans.delete(buffer);
    loan.from.keep(loan.buffer);
  }
}
