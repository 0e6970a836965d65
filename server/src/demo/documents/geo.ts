import { EARTH_RADIUS_M } from '@shared/lib/geo';
import type { Rng } from './random';

export { distanceMetres } from '@shared/lib/geo';

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
