import { describe, expect, it } from 'vitest';
import { fitScale, stepZoom } from './zoom';

describe('viewer zoom', () => {
  const a4 = { width: 595, height: 842 };

  it('fits the width, or the whole page when the area is short', () => {
    expect(fitScale('fit-width', a4, { width: 1214, height: 600 })).toBeCloseTo(2, 5);
    expect(fitScale('fit-page', a4, { width: 1214, height: 866 })).toBeCloseTo(1, 5);
  });

  it('steps through the zoom levels and stops at either end', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1.1, -1)).toBe(1);
    expect(stepZoom(4, 1)).toBe(4);
    expect(stepZoom(0.25, -1)).toBe(0.25);
  });
});
