import type { Line } from './lines';
import type { Role } from './roles';

/**
 * Adjudication rules (domain.md §7): which claims are proposed for automatic
 * approval, who may approve an amount, and how much may be paid before and
 * after approval. Pure: the service enforces these, the workstation shows them.
 */

/** Who works the money side of a claim: submits decisions, returns them, records payments. */
export const ROLES_THAT_ADJUST: ReadonlySet<Role> = new Set(['adjuster', 'supervisor']);

/** Small claims the insurer settles automatically: auto ≤ 5,000 CNY, medical ≤ 3,000 CNY. */
export const AUTO_APPROVAL_CEILING_FEN: Readonly<Partial<Record<Line, number>>> = {
  AUTO: 500_000,
  MEDICAL: 300_000,
};

/** Insurance Law practice for declared disasters: up to half the sum insured before adjustment ends. */
export const DISASTER_PREPAYMENT_SHARE_BP = 5_000;

export type AutoApprovalCheck =
  | 'small-claim-line'
  | 'within-ceiling'
  | 'materials-complete'
  | 'no-open-flags'
  | 'not-complex';

export interface AutoApprovalFacts {
  line: Line;
  payableFen: number;
  missingMaterials: number;
  openFlags: number;
  complex: boolean;
}

export interface AutoApprovalProposal {
  proposed: boolean;
  /** Every check, passed or not, so the reasons can be listed either way. */
  checks: { check: AutoApprovalCheck; passed: boolean }[];
}

export function proposeAutoApproval(facts: AutoApprovalFacts): AutoApprovalProposal {
  const ceiling = AUTO_APPROVAL_CEILING_FEN[facts.line];
  const checks: AutoApprovalProposal['checks'] = [
    { check: 'small-claim-line', passed: ceiling !== undefined },
    { check: 'within-ceiling', passed: ceiling !== undefined && facts.payableFen <= ceiling },
    { check: 'materials-complete', passed: facts.missingMaterials === 0 },
    { check: 'no-open-flags', passed: facts.openFlags === 0 },
    { check: 'not-complex', passed: !facts.complex },
  ];
  return { proposed: checks.every((c) => c.passed), checks };
}

export interface Approver {
  userId: string;
  role: Role;
  authorityLimitFen: number;
}

export interface ApprovalRefusal {
  code: 'role-not-allowed' | 'above-authority' | 'segregation-of-duties';
  message: string;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * Whether this person may approve this amount. Approving one's own
 * submission is allowed only within one's own limit (the small-claims path);
 * above it the decision belongs to someone else with the authority.
 */
export function checkApprover(
  approver: Approver,
  submission: { amountFen: number; submittedBy: string },
): ApprovalRefusal | null {
  if (approver.role !== 'adjuster' && approver.role !== 'supervisor') {
    return { code: 'role-not-allowed', message: `A ${approver.role} cannot approve payments.` };
  }
  if (submission.amountFen <= approver.authorityLimitFen) return null;
  if (submission.submittedBy === approver.userId) {
    return {
      code: 'segregation-of-duties',
      message: `You adjusted this case and ${yuan(submission.amountFen)} CNY is above your limit of ${yuan(approver.authorityLimitFen)} CNY; someone with the authority must approve it.`,
    };
  }
  return {
    code: 'above-authority',
    message: `The amount ${yuan(submission.amountFen)} CNY is above your authority limit of ${yuan(approver.authorityLimitFen)} CNY; a supervisor must decide.`,
  };
}

export type PaymentKind = 'settlement' | 'advance' | 'disaster-prepayment';

export interface PaymentFacts {
  kind: PaymentKind;
  amountFen: number;
  /** Everything paid on the case so far, of every kind. */
  paidFen: number;
  /** The approved amount, once a payment decision is approved. */
  approvedFen: number | null;
  /** The latest calculation's payable amount: the part already determinable. */
  determinableFen: number | null;
  disaster: boolean;
  sumInsuredFen: number | null;
  /** Disaster pre-payments made so far. */
  prepaidFen: number;
}

export interface PaymentRefusal {
  code:
    | 'amount-not-positive'
    | 'not-approved'
    | 'above-balance'
    | 'nothing-determinable'
    | 'above-determinable'
    | 'not-a-disaster'
    | 'above-prepayment-cap';
  message: string;
}

/**
 * The ceiling a payment may not cross. A settlement pays the approved
 * amount less everything already paid; an advance (Insurance Law art. 25)
 * pays what is already determinable less what was paid; a disaster
 * pre-payment stays within half the sum insured.
 */
export function paymentCeilingFen(facts: Omit<PaymentFacts, 'amountFen'>): number | PaymentRefusal {
  switch (facts.kind) {
    case 'settlement':
      if (facts.approvedFen === null)
        return { code: 'not-approved', message: 'A settlement needs an approved decision first.' };
      return Math.max(0, facts.approvedFen - facts.paidFen);
    case 'advance':
      if (facts.determinableFen === null)
        return {
          code: 'nothing-determinable',
          message: 'An advance needs a saved calculation of the part already determinable.',
        };
      return Math.max(0, facts.determinableFen - facts.paidFen);
    case 'disaster-prepayment':
      if (!facts.disaster || facts.sumInsuredFen === null)
        return {
          code: 'not-a-disaster',
          message: 'Pre-payment is only for cases in a declared disaster with a sum insured.',
        };
      return Math.max(
        0,
        Math.floor((facts.sumInsuredFen * DISASTER_PREPAYMENT_SHARE_BP) / 10_000) -
          facts.prepaidFen,
      );
  }
}

export function checkPayment(facts: PaymentFacts): PaymentRefusal | null {
  if (!Number.isSafeInteger(facts.amountFen) || facts.amountFen <= 0)
    return { code: 'amount-not-positive', message: 'A payment must be a positive amount in fen.' };
  const ceiling = paymentCeilingFen(facts);
  if (typeof ceiling !== 'number') return ceiling;
  if (facts.amountFen <= ceiling) return null;
  const code: PaymentRefusal['code'] =
    facts.kind === 'settlement'
      ? 'above-balance'
      : facts.kind === 'advance'
        ? 'above-determinable'
        : 'above-prepayment-cap';
  return {
    code,
    message: `${yuan(facts.amountFen)} CNY is more than the ${yuan(ceiling)} CNY that may still be paid as ${facts.kind}.`,
  };
}
