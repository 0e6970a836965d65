import jpeg from 'jpeg-js';

/** A small real JPEG (a gradient), different for each seed, for upload tests. */
export function photoFixture(
  name: string,
  seed: number,
): { name: string; mimeType: string; buffer: Buffer } {
  const width = 320;
  const height = 240;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x + seed * 37) % 256;
      data[i + 1] = (y + seed * 91) % 256;
      data[i + 2] = (x + y + seed) % 256;
      data[i + 3] = 255;
    }
  }
  return {
    name,
    mimeType: 'image/jpeg',
    buffer: Buffer.from(jpeg.encode({ data, width, height }, 80).data),
  };
}
