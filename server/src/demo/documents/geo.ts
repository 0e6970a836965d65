import type { Rng } from './random';

const EARTH_RADIUS_M = 6_371_000;

/** A point within maxMetres of the given one. */
export function nearby(rng: Rng, lat: number, lng: number, maxMetres: number): [number, number] {
  return offset(lat, lng, rng.float(0, maxMetres), rng.float(0, 2 * Math.PI));
}

export function offset(
  lat: number,
  lng: number,
  metres: number,
  bearing: number,
): [number, number] {
  const dLat = (metres * Math.cos(bearing)) / EARTH_RADIUS_M;
  const dLng = (metres * Math.sin(bearing)) / (EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180));
  return [lat + (dLat * 180) / Math.PI, lng + (dLng * 180) / Math.PI];
}

export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}
