import type { AnomalyKind } from '@shared/analysis/anomaly-kinds';
import type { Line } from '@shared/domain/lines';
import { isValidResidentId } from '@shared/domain/resident-id';
import { DAY_MS } from './dates';
import { SCENE_TYPE } from './drafts';
import type { DemoCaseFacts, PdfKind } from './types';

/** Which of a line's documents each kind of planted anomaly goes into. */
export interface LineTargets {
  /** Carries the claimed amount: line items and total, or the claim form. */
  financial: PdfKind;
  /** Names the claimant where a different name would matter. */
  named: PdfKind;
  /** A dated document that is not an invoice (so a date shift trips one signal only). */
  dated: PdfKind;
  invoice: PdfKind | null;
  /** The financial document lists line items. */
  itemised: boolean;
}

export const LINE_TARGETS: Record<Line, LineTargets> = {
  AUTO: {
    financial: 'repair-invoice',
    named: 'repair-invoice',
    dated: 'accident-certificate',
    invoice: 'repair-invoice',
    itemised: true,
  },
  MEDICAL: {
    financial: 'medical-invoice',
    named: 'medical-invoice',
    dated: 'discharge-summary',
    invoice: 'medical-invoice',
    itemised: true,
  },
  CI: {
    financial: 'claim-form',
    named: 'diagnosis-certificate',
    dated: 'diagnosis-certificate',
    invoice: null,
    itemised: false,
  },
  LIFE: {
    financial: 'claim-form',
    named: 'bank-card',
    dated: 'death-certificate',
    invoice: null,
    itemised: false,
  },
  ACCIDENT: {
    financial: 'medical-invoice',
    named: 'medical-invoice',
    dated: 'diagnosis-certificate',
    invoice: 'medical-invoice',
    itemised: true,
  },
  PROPERTY: {
    financial: 'loss-list',
    named: 'loss-list',
    dated: 'loss-list',
    invoice: null,
    itemised: true,
  },
  LIABILITY: {
    financial: 'liability-claim-letter',
    named: 'bank-card',
    dated: 'liability-claim-letter',
    invoice: null,
    itemised: true,
  },
};

/** An invoice dated before the loss needs room after the policy start, or it would also fall outside the policy. */
export const MIN_DAYS_INSURED_FOR_EARLY_INVOICE = 4;

/**
 * Whether a kind makes sense on this case by itself. Cross-claim kinds
 * also need an earlier case to copy from; planAnomalies checks that.
 */
export function canPlant(kind: AnomalyKind, facts: DemoCaseFacts): boolean {
  const targets = LINE_TARGETS[facts.line];
  const hasPhotos = SCENE_TYPE[facts.line] !== undefined;
  switch (kind) {
    case 'photo-after-report':
    case 'photo-long-before-loss':
    case 'gps-far-from-loss':
    case 'exif-stripped':
    case 'duplicate-photo':
      return hasPhotos;
    case 'invoice-before-loss':
      return (
        targets.invoice !== null &&
        facts.lossAt - facts.policyStart >= MIN_DAYS_INSURED_FOR_EARLY_INVOICE * DAY_MS
      );
    case 'duplicate-invoice-number':
      return targets.invoice !== null;
    case 'line-items-sum-mismatch':
    case 'invoice-total-vs-claimed':
      return targets.itemised;
    case 'resident-id-checksum':
      return facts.customerKind === 'individual' && isValidResidentId(facts.claimantIdNumber);
    default:
      return true;
  }
}
