/**
 * An image as a JPEG stores it (JFIF YCbCr, 4:2:0): luma at full
 * resolution, the two chroma planes at half resolution each way, centred
 * on 128. Photos are drawn in this form, so encoding them needs no colour
 * conversion, and what a camera adds (grain, light) touches one plane.
 */
export interface YccPlanes {
  width: number;
  height: number;
  y: Uint8ClampedArray;
  /** ceil(width / 2) × ceil(height / 2). */
  cb: Uint8ClampedArray;
  cr: Uint8ClampedArray;
}

export function chromaSize(length: number): number {
  return (length + 1) >> 1;
}

export function blankPlanes(width: number, height: number): YccPlanes {
  const chroma = chromaSize(width) * chromaSize(height);
  return {
    width,
    height,
    y: new Uint8ClampedArray(width * height),
    cb: new Uint8ClampedArray(chroma),
    cr: new Uint8ClampedArray(chroma),
  };
}

/** Luma, Cb and Cr of an RGB colour, its channels first clamped as a screen would. */
export function yccOf(r: number, g: number, b: number): [number, number, number] {
  r = Math.min(255, Math.max(0, r));
  g = Math.min(255, Math.max(0, g));
  b = Math.min(255, Math.max(0, b));
  return [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ];
}

/** RGB (3 bytes a pixel) to planes, chroma averaged over each 2×2 block. */
export function planesFromRgb(rgb: Uint8Array, width: number, height: number): YccPlanes {
  const planes = blankPlanes(width, height);
  const cw = chromaSize(width);
  for (let row = 0; row < height; row += 2) {
    const rows = row + 1 < height ? [row, row + 1] : [row];
    for (let col = 0; col < width; col += 2) {
      const cols = col + 1 < width ? [col, col + 1] : [col];
      let cb = 0;
      let cr = 0;
      for (const y of rows) {
        for (const x of cols) {
          const i = (y * width + x) * 3;
          const [luma, b, r] = yccOf(rgb[i] ?? 0, rgb[i + 1] ?? 0, rgb[i + 2] ?? 0);
          planes.y[y * width + x] = luma;
          cb += b;
          cr += r;
        }
      }
      const n = rows.length * cols.length;
      planes.cb[(row >> 1) * cw + (col >> 1)] = cb / n;
      planes.cr[(row >> 1) * cw + (col >> 1)] = cr / n;
    }
  }
  return planes;
}

/** Back to RGB (3 bytes a pixel), each pixel taking its block's chroma. */
export function rgbFromPlanes(planes: YccPlanes): Uint8ClampedArray {
  const { width, height } = planes;
  const cw = chromaSize(width);
  const rgb = new Uint8ClampedArray(width * height * 3);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 3) {
      const luma = planes.y[y * width + x] ?? 0;
      const cb = (planes.cb[(y >> 1) * cw + (x >> 1)] ?? 128) - 128;
      const cr = (planes.cr[(y >> 1) * cw + (x >> 1)] ?? 128) - 128;
      rgb[i] = luma + 1.402 * cr;
      rgb[i + 1] = luma - 0.344136 * cb - 0.714136 * cr;
      rgb[i + 2] = luma + 1.772 * cb;
    }
  }
  return rgb;
}
