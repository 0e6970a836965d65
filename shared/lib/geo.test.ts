import { describe, expect, it } from 'vitest';
import { distanceMetres } from './geo';

describe('distance between two points', () => {
  it('is about 1,068 km from the Bund to Tiananmen, and zero to itself', () => {
    expect(distanceMetres(31.2397, 121.4998, 39.9087, 116.3975) / 1000).toBeCloseTo(1068, -1);
    expect(distanceMetres(31.2, 121.4, 31.2, 121.4)).toBe(0);
  });
});
