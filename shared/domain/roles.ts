import { z } from 'zod';

/** Roles, domain.md §1 and architecture §6. */
export const ROLES = ['adjuster', 'field', 'supervisor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
