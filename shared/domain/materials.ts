import type { Line } from './lines';

/**
 * The materials checklist (材料清单) per line, domain.md §5. Item codes are
 * stable identifiers stored on material records; their names and the plain
 * instructions a customer reads live in material-texts.ts.
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

/** Situational items: asked for only when the case needs them, never counted as missing. */
const OPTIONAL_FOR_EVERY_LINE = ['power-of-attorney'] as const;

const OPTIONAL_BY_LINE = {
  AUTO: ['third-party-medical-invoices', 'police-report'],
  MEDICAL: ['social-insurance-statement'],
  CI: ['medical-records'],
  LIFE: ['accident-proof', 'autopsy-report'],
  ACCIDENT: ['autopsy-report'],
  PROPERTY: ['fire-certificate', 'weather-certificate'],
  LIABILITY: ['judgment-or-mediation'],
} as const satisfies Record<Line, readonly string[]>;

export type RequiredMaterialCode = (typeof FOR_EVERY_LINE)[number] | (typeof BY_LINE)[Line][number];
export type OptionalMaterialCode =
  | (typeof OPTIONAL_FOR_EVERY_LINE)[number]
  | (typeof OPTIONAL_BY_LINE)[Line][number];
export type MaterialCode = RequiredMaterialCode | OptionalMaterialCode;

/**
 * Items that describe the customer rather than the claim: one already on
 * file from an earlier claim is reused, not asked for again (domain.md §5).
 */
export const REUSABLE_MATERIALS: ReadonlySet<MaterialCode> = new Set([
  'claimant-id',
  'payee-bank-card',
]);

export type MaterialStatus = 'missing' | 'present' | 'rejected';

export interface MaterialOnFile {
  itemCode: string;
  status: MaterialStatus;
  documentId?: string | null;
  reason?: string | null;
}

export function requiredMaterials(line: Line): readonly RequiredMaterialCode[] {
  return [...FOR_EVERY_LINE, ...BY_LINE[line]];
}

export function optionalMaterials(line: Line): readonly OptionalMaterialCode[] {
  return [...OPTIONAL_FOR_EVERY_LINE, ...OPTIONAL_BY_LINE[line]];
}

/** Required items not on file: absent, still missing, or rejected. */
export function missingMaterials(
  line: Line,
  onFile: readonly Pick<MaterialOnFile, 'itemCode' | 'status'>[],
): RequiredMaterialCode[] {
  const present = new Set(onFile.filter((m) => m.status === 'present').map((m) => m.itemCode));
  return requiredMaterials(line).filter((code) => !present.has(code));
}

export interface ChecklistItem {
  code: MaterialCode;
  required: boolean;
  /** An item nobody has recorded yet counts as missing. */
  status: MaterialStatus;
  documentId: string | null;
  reason: string | null;
}

/**
 * The case's checklist: every required item of its line, then the optional
 * items, each with what is on file for it. Records for codes the line does
 * not know are left out: they cannot be asked for or reviewed here.
 */
export function checklistFor(line: Line, onFile: readonly MaterialOnFile[]): ChecklistItem[] {
  const byCode = new Map(onFile.map((m) => [m.itemCode, m]));
  const item = (code: MaterialCode, required: boolean): ChecklistItem => {
    const record = byCode.get(code);
    return {
      code,
      required,
      status: record?.status ?? 'missing',
      documentId: record?.documentId ?? null,
      reason: record?.reason ?? null,
    };
  };
  return [
    ...requiredMaterials(line).map((code) => item(code, true)),
    ...optionalMaterials(line).map((code) => item(code, false)),
  ];
}

/** The same customer's earlier claim, with what it holds on file. */
export interface EarlierClaim {
  caseId: string;
  caseNumber: string | null;
  /** When its items were accepted: the newest copy is the one offered. */
  updatedAt: number;
  materials: readonly MaterialOnFile[];
}

export interface ReuseOffer {
  code: MaterialCode;
  fromCaseId: string;
  fromCaseNumber: string | null;
  documentId: string | null;
}

/**
 * Reusable items this case still lacks that an earlier claim of the same
 * customer holds as accepted, newest claim first. A rejected copy is never
 * offered: it was not good enough the first time.
 */
export function reuseOffers(
  line: Line,
  onFile: readonly MaterialOnFile[],
  earlier: readonly EarlierClaim[],
): ReuseOffer[] {
  const lacking = missingMaterials(line, onFile).filter((code) => REUSABLE_MATERIALS.has(code));
  const newestFirst = [...earlier].sort((a, b) => b.updatedAt - a.updatedAt);
  const offers: ReuseOffer[] = [];
  for (const code of lacking) {
    for (const claim of newestFirst) {
      const held = claim.materials.find((m) => m.itemCode === code && m.status === 'present');
      if (!held) continue;
      offers.push({
        code,
        fromCaseId: claim.caseId,
        fromCaseNumber: claim.caseNumber,
        documentId: held.documentId ?? null,
      });
      break;
    }
  }
  return offers;
}

export function isMaterialCode(line: Line, code: string): code is MaterialCode {
  return (
    (requiredMaterials(line) as readonly string[]).includes(code) ||
    (optionalMaterials(line) as readonly string[]).includes(code)
  );
}
