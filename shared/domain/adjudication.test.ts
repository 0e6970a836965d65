import { describe, expect, it } from 'vitest';
import {
  checkApprover,
  checkPayment,
  paymentCeilingFen,
  proposeAutoApproval,
  type PaymentFacts,
} from './adjudication';

describe('proposeAutoApproval', () => {
  const small = {
    line: 'AUTO',
    payableFen: 480_000,
    missingMaterials: 0,
    openFlags: 0,
    complex: false,
  } as const;

  it('proposes a small auto claim with complete materials and no open flag, listing every reason', () => {
    const proposal = proposeAutoApproval(small);
    expect(proposal.proposed).toBe(true);
    expect(proposal.checks.map((c) => c.check)).toEqual([
      'small-claim-line',
      'within-ceiling',
      'materials-complete',
      'no-open-flags',
      'not-complex',
    ]);
    expect(proposal.checks.every((c) => c.passed)).toBe(true);
  });

  it.each([
    ['an open flag', { openFlags: 1 }, 'no-open-flags'],
    ['a missing material', { missingMaterials: 2 }, 'materials-complete'],
    ['an amount above 5,000 CNY', { payableFen: 500_001 }, 'within-ceiling'],
    ['a complex case', { complex: true }, 'not-complex'],
    ['a line without automatic approval', { line: 'PROPERTY' as const }, 'small-claim-line'],
  ])('does not propose a claim with %s', (_label, change, failing) => {
    const proposal = proposeAutoApproval({ ...small, ...change });
    expect(proposal.proposed).toBe(false);
    expect(proposal.checks.find((c) => !c.passed)?.check).toBe(failing);
  });

  it('uses the medical ceiling of 3,000 CNY', () => {
    expect(proposeAutoApproval({ ...small, line: 'MEDICAL', payableFen: 300_000 }).proposed).toBe(
      true,
    );
    expect(proposeAutoApproval({ ...small, line: 'MEDICAL', payableFen: 300_001 }).proposed).toBe(
      false,
    );
  });
});

describe('checkApprover', () => {
  const adjuster = { userId: 'adj', role: 'adjuster', authorityLimitFen: 5_000_000 } as const;
  const supervisor = { userId: 'sup', role: 'supervisor', authorityLimitFen: 50_000_000 } as const;

  it('lets an adjuster approve their own submission within their limit', () => {
    expect(checkApprover(adjuster, { amountFen: 5_000_000, submittedBy: 'adj' })).toBeNull();
  });

  it('refuses an adjuster above their limit, naming segregation of duties on their own case', () => {
    expect(checkApprover(adjuster, { amountFen: 5_000_001, submittedBy: 'adj' })?.code).toBe(
      'segregation-of-duties',
    );
    expect(checkApprover(adjuster, { amountFen: 5_000_001, submittedBy: 'other' })?.code).toBe(
      'above-authority',
    );
  });

  it('lets a supervisor approve above the adjuster limit, and refuses field staff and admins', () => {
    expect(checkApprover(supervisor, { amountFen: 12_000_000, submittedBy: 'adj' })).toBeNull();
    expect(checkApprover(supervisor, { amountFen: 60_000_000, submittedBy: 'adj' })?.code).toBe(
      'above-authority',
    );
    expect(
      checkApprover(
        { userId: 'f', role: 'field', authorityLimitFen: 0 },
        { amountFen: 0, submittedBy: 'x' },
      )?.code,
    ).toBe('role-not-allowed');
    expect(
      checkApprover(
        { userId: 'a', role: 'admin', authorityLimitFen: 0 },
        { amountFen: 0, submittedBy: 'x' },
      )?.code,
    ).toBe('role-not-allowed');
  });
});

describe('payments', () => {
  const base: PaymentFacts = {
    kind: 'settlement',
    amountFen: 100_000,
    paidFen: 0,
    approvedFen: 1_000_000,
    determinableFen: 1_000_000,
    disaster: false,
    sumInsuredFen: 20_000_000,
    prepaidFen: 0,
  };

  it('pays a settlement in parts up to the approved amount less what was paid', () => {
    expect(checkPayment({ ...base, amountFen: 400_000, paidFen: 600_000 })).toBeNull();
    expect(checkPayment({ ...base, amountFen: 400_001, paidFen: 600_000 })?.code).toBe(
      'above-balance',
    );
    expect(checkPayment({ ...base, approvedFen: null })?.code).toBe('not-approved');
  });

  it('advances only the determinable part before approval', () => {
    const advance = {
      ...base,
      kind: 'advance',
      approvedFen: null,
      determinableFen: 300_000,
    } as const;
    expect(checkPayment({ ...advance, amountFen: 300_000 })).toBeNull();
    expect(checkPayment({ ...advance, amountFen: 300_001 })?.code).toBe('above-determinable');
    expect(checkPayment({ ...advance, determinableFen: null })?.code).toBe('nothing-determinable');
  });

  it('pre-pays at most half the sum insured, only in a declared disaster', () => {
    const prepay = {
      ...base,
      kind: 'disaster-prepayment',
      approvedFen: null,
      disaster: true,
    } as const;
    expect(paymentCeilingFen(prepay)).toBe(10_000_000);
    expect(checkPayment({ ...prepay, amountFen: 4_000_000, prepaidFen: 6_000_000 })).toBeNull();
    expect(checkPayment({ ...prepay, amountFen: 4_000_001, prepaidFen: 6_000_000 })?.code).toBe(
      'above-prepayment-cap',
    );
    expect(checkPayment({ ...prepay, disaster: false })?.code).toBe('not-a-disaster');
  });

  it('refuses zero, negative and fractional amounts', () => {
    for (const amountFen of [0, -1, 1.5, Number.NaN])
      expect(checkPayment({ ...base, amountFen })?.code).toBe('amount-not-positive');
  });
});
