import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '@shared/sync/records';
import { paymentKinds } from './payment-kinds';

const inState = (state: CaseRecord['state'], disaster = false) =>
  ({ state, disaster }) as CaseRecord;

describe('paymentKinds', () => {
  it('offers the settlement only once approved, and an advance only with a calculation', () => {
    expect(paymentKinds(inState('PAYMENT'), true)).toEqual(['settlement']);
    expect(paymentKinds(inState('ADJUSTMENT'), true)).toEqual(['advance']);
    expect(paymentKinds(inState('ADJUSTMENT'), false)).toEqual([]);
  });

  it('offers a disaster pre-payment on open disaster cases only', () => {
    expect(paymentKinds(inState('MATERIALS_REVIEW', true), false)).toEqual(['disaster-prepayment']);
    expect(paymentKinds(inState('CLOSED', true), true)).toEqual([]);
  });
});
