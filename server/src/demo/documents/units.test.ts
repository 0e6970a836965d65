import jpeg from 'jpeg-js';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountInWords, formatFen, itemsSummingTo, rescaleItems, sumItems } from './amounts';
import { answerKey, writeAnswerKey } from './answer-key';
import { assertCovered, demoCharacterSet } from './charset';
import { encodeJpeg, encodePlanes } from './jpeg-encoder';
import { Rng } from './random';
import { PHOTO_HEIGHT, PHOTO_WIDTH, renderScene, renderScenePlanes } from './scene';
import type { AnswerKeyEntry } from './types';

describe('amounts', () => {
  it('writes amounts in Chinese financial numerals', () => {
    expect(amountInWords(1_234_567)).toBe('壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(amountInWords(1_000_500)).toBe('壹万零伍元整');
    expect(amountInWords(100_000_000_00)).toBe('壹亿元整');
    expect(amountInWords(10_010_000)).toBe('壹拾万零壹佰元整');
    expect(amountInWords(1_207)).toBe('壹拾贰元零柒分');
    expect(formatFen(1_234_567)).toBe('12345.67');
  });

  it('splits a total into rows of quantity × unit price that add up exactly', () => {
    const rng = new Rng('items');
    const catalogue = [
      { name: 'a', unit: '盒', typicalFen: 3_200, maxQuantity: 6 },
      { name: 'b', unit: '次', typicalFen: 28_000, maxQuantity: 3 },
      { name: 'c', unit: '日', typicalFen: 6_000, maxQuantity: 12 },
    ];
    for (const total of [80_000, 1_234_567, 987_654_321]) {
      const items = itemsSummingTo(total, catalogue, 3, rng);
      expect(sumItems(items)).toBe(total);
      for (const it of items) expect(it.amountFen).toBe(it.quantity * it.unitFen);
      expect(sumItems(rescaleItems(items, 55_555))).toBe(55_555);
    }
  });
});

describe('font character set', () => {
  it('covers the templates and names, and names a character it lacks', () => {
    const chars = demoCharacterSet();
    for (const text of [
      '理赔申请书',
      '住院费用明细清单',
      '壹贰叁',
      '王子涵',
      '上海市人民路123号',
    ]) {
      expect(() => assertCovered(text, chars)).not.toThrow();
    }
    expect(() => assertCovered('龘', chars)).toThrow(/"龘" \(U\+9F98\).*not in the font subset/);
  });
});

describe('JPEG encoder', () => {
  it('writes baseline JPEGs that jpeg-js decodes close to the source', () => {
    const pixels = renderScene({ type: 'vehicle', subject: 'x', seed: '1', brightness: 0 });
    const rgb = new Uint8Array(pixels.buffer);
    const decoded = jpeg.decode(encodeJpeg(rgb, PHOTO_WIDTH, PHOTO_HEIGHT, 70), {
      useTArray: true,
    });
    expect([decoded.width, decoded.height]).toEqual([PHOTO_WIDTH, PHOTO_HEIGHT]);
    let squared = 0;
    for (let i = 0; i < PHOTO_WIDTH * PHOTO_HEIGHT; i++) {
      for (let c = 0; c < 3; c++)
        squared += ((decoded.data[i * 4 + c] ?? 0) - (rgb[i * 3 + c] ?? 0)) ** 2;
    }
    const psnr = 10 * Math.log10((255 * 255) / (squared / (PHOTO_WIDTH * PHOTO_HEIGHT * 3)));
    expect(psnr).toBeGreaterThan(30);
  });

  it('encodes photos from the YCbCr planes they are drawn in', () => {
    const spec = { type: 'premises', subject: 'y', seed: '2', brightness: 0 } as const;
    const rgb = renderScene(spec);
    const decoded = jpeg.decode(encodePlanes(renderScenePlanes(spec), 70), { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([PHOTO_WIDTH, PHOTO_HEIGHT]);
    let squared = 0;
    for (let i = 0; i < PHOTO_WIDTH * PHOTO_HEIGHT; i++) {
      for (let c = 0; c < 3; c++)
        squared += ((decoded.data[i * 4 + c] ?? 0) - (rgb[i * 3 + c] ?? 0)) ** 2;
    }
    expect(
      10 * Math.log10((255 * 255) / (squared / (PHOTO_WIDTH * PHOTO_HEIGHT * 3))),
    ).toBeGreaterThan(30);
  });

  it('handles sizes that are not whole macroblocks', () => {
    const rgb = new Uint8Array(37 * 21 * 3).fill(200);
    const decoded = jpeg.decode(encodeJpeg(rgb, 37, 21, 80), { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([37, 21]);
    expect(Math.abs((decoded.data[0] ?? 0) - 200)).toBeLessThan(4);
  });
});

describe('answer key', () => {
  it('writes the entries with a header counting cases per kind', async () => {
    const entry = (caseId: string): AnswerKeyEntry => ({
      caseId,
      documentId: null,
      anomaly: 'amount-outlier',
      page: null,
      region: null,
      evidence: { ratio: 9.5 },
    });
    const entries = [entry('a'), entry('b')];
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'answer-key-')), 'nested', 'key.json');
    await writeAnswerKey(file, entries);
    const written: unknown = JSON.parse(await readFile(file, 'utf8'));
    expect(written).toEqual(answerKey(entries));
    expect(answerKey(entries).casesPerKind['amount-outlier']).toBe(2);
    expect(answerKey(entries).casesPerKind['exif-stripped']).toBe(0);
  });
});
