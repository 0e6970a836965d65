import { z } from 'zod';
import { Line } from '../domain/lines';
import { CaseState } from '../domain/lifecycle';

/** Integer fen (分); money is never a float. */
export const AmountFen = z.number().int().nonnegative();

/** The row a queue shows; personal data arrives already masked. */
export const CaseSummary = z.object({
  id: z.string(),
  caseNumber: z.string(),
  line: Line,
  state: CaseState,
  customerName: z.string(),
  customerKind: z.enum(['individual', 'enterprise']),
  claimedFen: AmountFen,
  reservedFen: AmountFen,
  paidFen: AmountFen,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  greenChannel: z.boolean(),
  disaster: z.boolean(),
  lossAt: z.number().int(),
  reportedAt: z.number().int(),
  lossLocation: z.string(),
  updatedAt: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseListResponse = z.object({ cases: z.array(CaseSummary) });
export type CaseListResponse = z.infer<typeof CaseListResponse>;
