import { describe, expect, it } from 'vitest';
import { filesFromPicked } from './picked-files';

describe('files picked in the desktop dialog', () => {
  it('become files typed by their extension, bytes intact', async () => {
    const [pdf, photo, other] = filesFromPicked([
      { name: 'invoice.PDF', bytes: new Uint8Array([37, 80, 68, 70]) },
      { name: 'scene.jpeg', bytes: new Uint8Array([255, 216]) },
      { name: 'notes.txt', bytes: new Uint8Array([1]) },
    ]);
    expect(pdf?.type).toBe('application/pdf');
    expect(new Uint8Array(await (pdf as File).arrayBuffer())).toEqual(
      new Uint8Array([37, 80, 68, 70]),
    );
    expect(photo?.type).toBe('image/jpeg');
    // Left untyped, so the attach step refuses it with a clear reason rather than guessing.
    expect(other?.type).toBe('');
  });
});
