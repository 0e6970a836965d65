import { z } from 'zod';
import { Role } from '../domain/roles';

export const SignInRequest = z.object({
  username: z.string().trim().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(256),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SignInResponse = z.object({
  accessToken: z.string(),
  expiresAt: z.number().int(),
  refreshToken: z.string(),
  refreshExpiresAt: z.number().int(),
  user: SessionUser,
});
export type SignInResponse = z.infer<typeof SignInResponse>;

/** Shown on the sign-in screen of a demo installation only. */
export const DemoUser = z.object({
  username: z.string(),
  displayName: z.string(),
  role: Role,
  teamName: z.string().nullable(),
});
export type DemoUser = z.infer<typeof DemoUser>;

export const DemoUsersResponse = z.object({
  password: z.string(),
  users: z.array(DemoUser),
});
export type DemoUsersResponse = z.infer<typeof DemoUsersResponse>;

export const RefreshRequest = z.object({ refreshToken: z.string().min(20).max(200) });
export type RefreshRequest = z.infer<typeof RefreshRequest>;
