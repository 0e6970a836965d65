import { z } from 'zod';

/**
 * A queued local change (architecture §5 rule 4): written in the same local
 * transaction as the change it describes, pushed in deviceSeq order, removed
 * only when the server has answered it. The desktop app also journals these
 * to disk so a damaged IndexedDB cannot lose them.
 */
export const OutboxEntry = z.object({
  mutationId: z.string().min(8).max(64),
  deviceId: z.string().min(8).max(64),
  deviceSeq: z.number().int().nonnegative(),
  userId: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  version: z.number().int().positive(),
  args: z.unknown(),
  baseRowVersions: z.record(z.string(), z.number().int().nonnegative()),
  createdAt: z.number().int(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;
