import { Rng } from './random';
import { blankPlanes, chromaSize, rgbFromPlanes, yccOf, type YccPlanes } from './ycc';

/**
 * The size a messaging app re-saves a phone photo at, roughly: plausible
 * for a claim upload, and small enough for the 25,000 photos of the
 * 20,000-case benchmark seed.
 */
export const PHOTO_WIDTH = 480;
export const PHOTO_HEIGHT = 360;
/** Scenes are laid out on a 640×480 grid and drawn scaled to the photo. */
const GRID_WIDTH = 640;
const GRID_HEIGHT = 480;

export type SceneType = 'vehicle' | 'premises';

/** Everything a photo's pixels depend on; the same spec always renders the same pixels. */
export interface SceneSpec {
  type: SceneType;
  /** The damaged car or premises, shared by all photos of one case. */
  subject: string;
  /** The view of it. */
  seed: string;
  /** Added to every channel: a re-saved copy of a photo differs only by this. */
  brightness: number;
}

type Colour = [number, number, number];

/**
 * A synthetic but plausible claim photo: sky and ground gradients, a few
 * background blocks, the damaged object, sensor noise. Crude on purpose;
 * what matters is that different scenes hash differently and a re-saved
 * scene hashes alike. Drawn as JPEG stores it (ycc.ts).
 */
export function renderScenePlanes(spec: SceneSpec): YccPlanes {
  const rng = new Rng('scene', spec.type, spec.subject, spec.seed);
  const subject = new Rng('subject', spec.subject);
  const img = new Image(PHOTO_WIDTH, PHOTO_HEIGHT, PHOTO_WIDTH / GRID_WIDTH);
  const horizon = rng.int(120, 300);
  const tint = rng.float(-20, 20);
  img.verticalGradient(0, horizon, [120 + tint, 160 + tint, 215], [200, 210 + tint / 2, 225]);
  if (spec.type === 'vehicle') drawStreet(img, rng, subject, horizon);
  else drawPremises(img, rng, subject, horizon);
  // Light falls off towards one side, as in most handheld shots; it also keeps
  // flat areas from hashing as ties that flip on re-encoding.
  const light = rng.pick([-1, 1]) * rng.float(14, 30);
  img.finish({
    seed: rng.int(1, 2 ** 31),
    noise: rng.int(2, 4),
    brightness: spec.brightness,
    light,
  });
  return img.planes;
}

/** The scene as RGB, 3 bytes a pixel. */
export function renderScene(spec: SceneSpec): Uint8ClampedArray {
  return rgbFromPlanes(renderScenePlanes(spec));
}

function drawStreet(img: Image, rng: Rng, subject: Rng, horizon: number): void {
  for (let i = rng.int(3, 7); i > 0; i--) {
    const w = rng.int(40, 160);
    const h = rng.int(30, horizon - 10);
    const grey = rng.int(90, 200);
    img.rect(rng.int(-20, GRID_WIDTH - 20), horizon - h, w, h, [
      grey,
      grey - rng.int(0, 20),
      grey - rng.int(0, 30),
    ]);
  }
  img.verticalGradient(horizon, GRID_HEIGHT, [120, 120, 118], [70, 70, 72]);
  for (let x = rng.int(0, 80); x < GRID_WIDTH; x += 140)
    img.rect(x, rng.int(horizon + 40, 440), 70, 6, [225, 225, 210]);
  const closeUp = rng.chance(0.4);
  const scale = closeUp ? rng.float(1.6, 2.4) : rng.float(0.8, 1.2);
  const carW = Math.round(300 * scale);
  const carH = Math.round(90 * scale);
  const x = rng.int(-carW / 4, GRID_WIDTH - (carW * 3) / 4);
  const y = Math.min(GRID_HEIGHT - carH / 2, horizon + rng.int(20, 120));
  drawCar(img, rng, subject, { x, y, w: carW, h: carH });
}

const CAR_COLOURS: Colour[] = [
  [190, 30, 35],
  [235, 235, 235],
  [30, 30, 35],
  [40, 70, 140],
  [150, 150, 155],
  [200, 160, 40],
];

function drawCar(
  img: Image,
  rng: Rng,
  subject: Rng,
  box: { x: number; y: number; w: number; h: number },
): void {
  const { x, y, w, h } = box;
  const paint = subject.pick(CAR_COLOURS);
  const cabinH = Math.round(h * 0.7);
  img.rect(x + w * 0.2, y - cabinH, w * 0.55, cabinH, shade(paint, 0.9));
  img.rect(x + w * 0.24, y - cabinH * 0.85, w * 0.22, cabinH * 0.7, [60, 75, 95]);
  img.rect(x + w * 0.5, y - cabinH * 0.85, w * 0.22, cabinH * 0.7, [60, 75, 95]);
  img.rect(x, y, w, h, paint);
  img.rect(x + w * 0.02, y + h * 0.15, w * 0.08, h * 0.2, [250, 240, 200]);
  img.ellipse(x + w * 0.2, y + h, h * 0.38, h * 0.38, [25, 25, 25]);
  img.ellipse(x + w * 0.8, y + h, h * 0.38, h * 0.38, [25, 25, 25]);
  const dentX = x + rng.float(0.1, 0.9) * w;
  const dentY = y + rng.float(0.2, 0.8) * h;
  img.ellipse(dentX, dentY, rng.float(0.08, 0.2) * w, rng.float(0.15, 0.4) * h, shade(paint, 0.55));
  for (let i = rng.int(2, 6); i > 0; i--) {
    img.rect(
      dentX + rng.int(-60, 40),
      dentY + rng.int(-20, 20),
      rng.int(20, 90),
      2,
      shade(paint, 1.5),
    );
  }
}

function drawPremises(img: Image, rng: Rng, subject: Rng, horizon: number): void {
  const wall: Colour = [subject.int(170, 225), subject.int(160, 210), subject.int(140, 190)];
  img.verticalGradient(0, horizon + 120, wall, shade(wall, 0.85));
  for (let i = rng.int(1, 3); i > 0; i--) {
    img.rect(
      rng.int(0, GRID_WIDTH - 120),
      rng.int(30, 120),
      rng.int(80, 160),
      rng.int(60, 120),
      [110, 140, 170],
    );
  }
  img.verticalGradient(horizon + 120, GRID_HEIGHT, [150, 140, 125], [95, 90, 80]);
  for (let i = rng.int(2, 8); i > 0; i--) {
    const w = rng.int(50, 140);
    const h = rng.int(40, 110);
    img.rect(rng.int(0, GRID_WIDTH - w), rng.int(horizon + 40, GRID_HEIGHT - h), w, h, [
      rng.int(140, 180),
      rng.int(100, 130),
      70,
    ]);
  }
  const damage: Colour = subject.chance(0.5) ? [45, 40, 38] : [95, 105, 110];
  img.ellipse(rng.int(80, 560), rng.int(120, 380), rng.int(60, 200), rng.int(40, 140), damage);
}

function shade([r, g, b]: Colour, factor: number): Colour {
  return [r * factor, g * factor, b * factor];
}

/** YCbCr planes, drawn on in grid units. */
class Image {
  readonly planes: YccPlanes;
  private readonly chromaWidth: number;

  constructor(
    readonly width: number,
    readonly height: number,
    /** Pixels per grid unit. */
    private readonly scale: number,
  ) {
    this.planes = blankPlanes(width, height);
    this.chromaWidth = chromaSize(width);
  }

  verticalGradient(top: number, bottom: number, from: Colour, to: Colour): void {
    const y0 = top * this.scale;
    const span = Math.max(1, (bottom - top) * this.scale);
    const end = Math.min(this.height, Math.round(bottom * this.scale));
    for (let y = Math.max(0, Math.round(y0)); y < end; y++) {
      const t = (y - y0) / span;
      this.row(y, 0, this.width, [
        from[0] + (to[0] - from[0]) * t,
        from[1] + (to[1] - from[1]) * t,
        from[2] + (to[2] - from[2]) * t,
      ]);
    }
  }

  rect(x: number, y: number, w: number, h: number, colour: Colour): void {
    const s = this.scale;
    const top = Math.max(0, Math.round(y * s));
    const bottom = Math.min(this.height, Math.round((y + h) * s));
    const left = Math.round(x * s);
    const right = Math.round((x + w) * s);
    for (let row = top; row < bottom; row++) this.row(row, left, right, colour);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, colour: Colour): void {
    const s = this.scale;
    [cx, cy, rx, ry] = [cx * s, cy * s, rx * s, ry * s];
    const top = Math.max(0, Math.round(cy - ry));
    const bottom = Math.min(this.height, Math.round(cy + ry));
    for (let y = top; y < bottom; y++) {
      const dy = (y - cy) / ry;
      const half = rx * Math.sqrt(Math.max(0, 1 - dy * dy));
      this.row(y, Math.round(cx - half), Math.round(cx + half), colour);
    }
  }

  /**
   * Side light, sensor noise and an overall brightness shift, in one pass.
   * Each adds the same to R, G and B, which moves luma only.
   */
  finish(o: { seed: number; noise: number; brightness: number; light: number }): void {
    const luma = this.planes.y;
    const width = this.width;
    // In 1/256 levels, so the pass is integer arithmetic.
    const shift = new Int32Array(width);
    for (let x = 0; x < width; x++) {
      shift[x] = Math.round((o.brightness + o.light * (x / width - 0.5) - o.noise) * 256 + 128);
    }
    const spread = Math.round((2 * o.noise * 256) / 255);
    let s = o.seed | 0 || 1;
    let bits = 0;
    for (let y = 0, i = 0; y < this.height; y++) {
      for (let x = 0; x < width; x++, i++) {
        // One xorshift step gives four pixels' noise, a byte each.
        if ((x & 3) === 0) {
          s ^= s << 13;
          s ^= s >>> 17;
          s ^= s << 5;
          bits = s;
        }
        luma[i] = (luma[i] as number) + (((bits & 0xff) * spread + (shift[x] as number)) >> 8);
        bits >>>= 8;
      }
    }
  }

  /** One pixel row; its chroma goes to the half-resolution row the pixel falls in. */
  private row(y: number, x0: number, x1: number, [r, g, b]: Colour): void {
    const start = Math.max(0, x0);
    const end = Math.min(this.width, x1);
    if (end <= start) return;
    const [luma, cb, cr] = yccOf(r, g, b);
    const { planes, chromaWidth } = this;
    planes.y.fill(luma, y * this.width + start, y * this.width + end);
    const chromaRow = (y >> 1) * chromaWidth;
    planes.cb.fill(cb, chromaRow + (start >> 1), chromaRow + chromaSize(end));
    planes.cr.fill(cr, chromaRow + (start >> 1), chromaRow + chromaSize(end));
  }
}
