import type { Line } from './lines';

/**
 * The required materials (必交材料) per line, domain.md §5. Item codes are
 * stable identifiers stored on material records; labels live in the
 * workstation's translations under `materials.<code>`.
 */
const FOR_EVERY_LINE = ['claim-form', 'claimant-id', 'payee-bank-card'] as const;

const BY_LINE = {
  AUTO: [
    'vehicle-licence',
    'driver-licence',
    'liability-certificate',
    'damage-photos',
    'repair-invoice',
  ],
  MEDICAL: ['medical-invoices', 'expense-list', 'discharge-summary'],
  CI: ['diagnosis-certificate', 'pathology-reports'],
  LIFE: ['death-certificate', 'household-cancellation', 'beneficiary-proof'],
  ACCIDENT: ['accident-proof', 'medical-invoices'],
  PROPERTY: ['loss-list', 'ownership-proof', 'damage-photos'],
  LIABILITY: ['third-party-claim', 'loss-evidence'],
} as const satisfies Record<Line, readonly string[]>;

export type MaterialCode = (typeof FOR_EVERY_LINE)[number] | (typeof BY_LINE)[Line][number];

export function requiredMaterials(line: Line): readonly MaterialCode[] {
  return [...FOR_EVERY_LINE, ...BY_LINE[line]];
}

/** Required items not on file: absent, still missing, or rejected. */
export function missingMaterials(
  line: Line,
  onFile: readonly { itemCode: string; status: 'missing' | 'present' | 'rejected' }[],
): MaterialCode[] {
  const present = new Set(onFile.filter((m) => m.status === 'present').map((m) => m.itemCode));
  return requiredMaterials(line).filter((code) => !present.has(code));
}
