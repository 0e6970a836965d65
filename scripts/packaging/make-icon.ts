import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { ROOT } from '../lib/run';

/**
 * Draws the app icon — a white claim form on a blue rounded square — at
 * 1024×1024 into resources/icon.png, from which electron-builder makes the
 * Linux, Windows (.ico, ≥256 px) and macOS (.icns, ≥512 px) icons.
 * Run: `npx tsx scripts/packaging/make-icon.ts`. No image library needed.
 */

const SIZE = 1024;
const UNIT = SIZE / 256; // the design is laid out on a 256 grid
const SAMPLES = 4; // per axis, for anti-aliased edges
const BLUE = [29, 78, 216] as const;
const WHITE = [255, 255, 255] as const;

type Rgb = readonly [number, number, number];
interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const grid = (x0: number, y0: number, x1: number, y1: number): Rect => ({
  x0: x0 * UNIT,
  y0: y0 * UNIT,
  x1: x1 * UNIT,
  y1: y1 * UNIT,
});

const TILE = grid(0, 0, 256, 256);
const TILE_RADIUS = 44 * UNIT;
const FORM = grid(76, 56, 180, 200);
const LINES = [grid(96, 92, 160, 100), grid(96, 120, 160, 128), grid(96, 148, 140, 156)];

const inRect = (r: Rect, x: number, y: number) => x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;

function inRoundedRect(r: Rect, radius: number, x: number, y: number): boolean {
  if (!inRect(r, x, y)) return false;
  const cx = Math.min(Math.max(x, r.x0 + radius), r.x1 - radius);
  const cy = Math.min(Math.max(y, r.y0 + radius), r.y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point, or null outside the tile (transparent). */
function paint(x: number, y: number): Rgb | null {
  if (!inRoundedRect(TILE, TILE_RADIUS, x, y)) return null;
  if (LINES.some((line) => inRect(line, x, y))) return BLUE;
  if (inRect(FORM, x, y)) return WHITE;
  return BLUE;
}

function render(): Buffer {
  const stride = SIZE * 4 + 1;
  const raw = Buffer.alloc(stride * SIZE);
  for (let py = 0; py < SIZE; py++) {
    raw[py * stride] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = paint(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      const at = py * stride + 1 + px * 4;
      if (covered > 0) {
        raw[at] = Math.round(r / covered);
        raw[at + 1] = Math.round(g / covered);
        raw[at + 2] = Math.round(b / covered);
      }
      raw[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const file = path.join(ROOT, 'resources', 'icon.png');
writeFileSync(file, png(render()));
console.log(`Wrote ${path.relative(ROOT, file)} (${SIZE}×${SIZE})`);
