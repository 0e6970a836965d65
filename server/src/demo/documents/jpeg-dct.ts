import { ZIGZAG } from './jpeg-tables';

/**
 * The forward DCT (Arai, Agui and Nakajima's, as in libjpeg's float path)
 * and quantisation of one 8×8 block in a Float64Array. The AAN transform
 * leaves its outputs scaled; the scaling is folded into the divisors.
 */

const ROUNDER = 6755399441055744;

/** Zigzag position of each natural (row-major) index: quantising writes straight into scan order. */
const UNZIGZAG = new Uint8Array(64);
ZIGZAG.forEach((natural, z) => {
  UNZIGZAG[natural] = z;
});

const AAN = [1, 1.387039845, 1.306562965, 1.175875602, 1, 0.785694958, 0.5411961, 0.275899379];

/** Reciprocal quantisers in natural order, with the AAN output scaling. */
export function divisorsFor(quant: Uint8Array): Float64Array {
  const out = new Float64Array(64);
  for (let i = 0; i < 64; i++) {
    out[i] = 1 / ((quant[i] ?? 1) * (AAN[i >> 3] ?? 1) * (AAN[i & 7] ?? 1) * 8);
  }
  return out;
}

/** Whether all 64 values are equal: such a block transforms to its DC alone. */
export function isFlat(m: Float64Array, at: number): boolean {
  const first = m[at];
  for (let i = at + 1; i < at + 64; i++) if (m[i] !== first) return false;
  return true;
}

/** The row pass of the in-place AAN forward DCT; its output scaling is in the divisors. */
export function rowDct(d: Float64Array, o: number): void {
  const d0 = d[o] as number;
  const d1 = d[o + 1] as number;
  const d2 = d[o + 2] as number;
  const d3 = d[o + 3] as number;
  const d4 = d[o + 4] as number;
  const d5 = d[o + 5] as number;
  const d6 = d[o + 6] as number;
  const d7 = d[o + 7] as number;
  const t0 = d0 + d7;
  const t7 = d0 - d7;
  const t1 = d1 + d6;
  const t6 = d1 - d6;
  const t2 = d2 + d5;
  const t5 = d2 - d5;
  const t3 = d3 + d4;
  const t4 = d3 - d4;
  const t10 = t0 + t3;
  const t13 = t0 - t3;
  const t11 = t1 + t2;
  const t12 = t1 - t2;
  d[o] = t10 + t11;
  d[o + 4] = t10 - t11;
  const z1 = (t12 + t13) * 0.707106781;
  d[o + 2] = t13 + z1;
  d[o + 6] = t13 - z1;
  const u10 = t4 + t5;
  const u11 = t5 + t6;
  const u12 = t6 + t7;
  const z5 = (u10 - u12) * 0.382683433;
  const z2 = 0.5411961 * u10 + z5;
  const z4 = 1.306562965 * u12 + z5;
  const z3 = u11 * 0.707106781;
  const z11 = t7 + z3;
  const z13 = t7 - z3;
  d[o + 5] = z13 + z2;
  d[o + 3] = z13 - z2;
  d[o + 1] = z11 + z4;
  d[o + 7] = z11 - z4;
}

/**
 * The column pass of the DCT for column `c`, quantised as it is computed:
 * each coefficient goes straight to its place in scan order.
 */
export function columnDctQuantised(
  d: Float64Array,
  at: number,
  c: number,
  divisors: Float64Array,
  zz: Int32Array,
): void {
  const o = at + c;
  const d0 = d[o] as number;
  const d1 = d[o + 8] as number;
  const d2 = d[o + 16] as number;
  const d3 = d[o + 24] as number;
  const d4 = d[o + 32] as number;
  const d5 = d[o + 40] as number;
  const d6 = d[o + 48] as number;
  const d7 = d[o + 56] as number;
  const t0 = d0 + d7;
  const t7 = d0 - d7;
  const t1 = d1 + d6;
  const t6 = d1 - d6;
  const t2 = d2 + d5;
  const t5 = d2 - d5;
  const t3 = d3 + d4;
  const t4 = d3 - d4;
  const t10 = t0 + t3;
  const t13 = t0 - t3;
  const t11 = t1 + t2;
  const t12 = t1 - t2;
  const z1 = (t12 + t13) * 0.707106781;
  const u10 = t4 + t5;
  const u11 = t5 + t6;
  const u12 = t6 + t7;
  const z5 = (u10 - u12) * 0.382683433;
  const z2 = 0.5411961 * u10 + z5;
  const z4 = 1.306562965 * u12 + z5;
  const z3 = u11 * 0.707106781;
  const z11 = t7 + z3;
  const z13 = t7 - z3;
  quantise(t10 + t11, c, divisors, zz);
  quantise(z11 + z4, c + 8, divisors, zz);
  quantise(t13 + z1, c + 16, divisors, zz);
  quantise(z13 - z2, c + 24, divisors, zz);
  quantise(t10 - t11, c + 32, divisors, zz);
  quantise(z13 + z2, c + 40, divisors, zz);
  quantise(t13 - z1, c + 48, divisors, zz);
  quantise(z11 - z4, c + 56, divisors, zz);
}

/** Rounds to nearest by the 1.5·2^52 trick: no branch on the (noisy) sign. */
export function quantise(
  value: number,
  natural: number,
  divisors: Float64Array,
  zz: Int32Array,
): void {
  zz[UNZIGZAG[natural] as number] = (value * (divisors[natural] as number) + ROUNDER - ROUNDER) | 0;
}
