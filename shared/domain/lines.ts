import { z } from 'zod';

/** Lines of business (险种), domain.md §2. */
export const LINES = [
  'AUTO',
  'MEDICAL',
  'CI',
  'LIFE',
  'ACCIDENT',
  'PROPERTY',
  'LIABILITY',
] as const;
export const Line = z.enum(LINES);
export type Line = z.infer<typeof Line>;
