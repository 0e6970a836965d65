import { uuidv7 } from '@shared/lib/uuidv7';
import type { Line } from '@shared/domain/lines';
import { type CatalogueEntry, itemsSummingTo, type LineItem } from './amounts';
import { HOUR_MS } from './dates';
import { nearby } from './geo';
import type { PdfSpec } from './pdf-spec';
import type { PhotoSpec } from './photo';
import type { Rng } from './random';
import { buildScenario, type Scenario } from './scenario';
import type { SceneType } from './scene';
import type { DemoCaseFacts, PdfKind } from './types';
import {
  EXPENSE_ITEMS,
  ISSUING_PRODUCERS,
  LIABILITY_ITEMS,
  MEDICAL_FEE_CATEGORIES,
  PHONES,
  PROPERTY_ITEMS,
  REPAIR_ITEMS,
} from './vocabulary';

/** The documents of one case before anything is planted in them. */
export interface CaseDraft {
  scenario: Scenario;
  pdfs: PdfSpec[];
  photos: PhotoSpec[];
}

/** What each line's claim carries (domain.md §5), beyond the claim form and bank card. */
const LINE_DOCUMENTS: Record<Line, PdfKind[]> = {
  AUTO: ['accident-certificate', 'repair-invoice'],
  MEDICAL: ['medical-invoice', 'expense-list', 'discharge-summary'],
  CI: ['diagnosis-certificate'],
  LIFE: ['death-certificate'],
  ACCIDENT: ['medical-invoice', 'diagnosis-certificate'],
  PROPERTY: ['loss-list'],
  LIABILITY: ['liability-claim-letter'],
};

export const SCENE_TYPE: Partial<Record<Line, SceneType>> = {
  AUTO: 'vehicle',
  PROPERTY: 'premises',
};

const PRODUCER_FAMILY: Record<PdfKind, keyof typeof ISSUING_PRODUCERS> = {
  'claim-form': 'insurer',
  'id-card': 'scan',
  'bank-card': 'scan',
  'medical-invoice': 'hospital',
  'expense-list': 'hospital',
  'discharge-summary': 'hospital',
  'diagnosis-certificate': 'hospital',
  'accident-certificate': 'police',
  'repair-invoice': 'invoice',
  'loss-list': 'scan',
  'death-certificate': 'hospital',
  'liability-claim-letter': 'scan',
};

export function buildDraft(facts: DemoCaseFacts, rng: Rng): CaseDraft {
  const scenario = buildScenario(facts, rng);
  let serial = 0;
  const newId = () => uuidv7(facts.reportedAt + serial++, rng.bytes(10));
  const kinds: PdfKind[] = [
    'claim-form',
    ...(facts.customerKind === 'individual' ? (['id-card'] as const) : []),
    'bank-card',
    ...LINE_DOCUMENTS[facts.line],
  ];
  const treatedAt = between(rng, facts.lossAt, facts.reportedAt);
  // Papers of one treatment or repair are issued minutes apart, never before the loss.
  const issued = (kind: PdfKind) =>
    kind === 'claim-form'
      ? facts.reportedAt
      : Math.max(facts.lossAt, treatedAt - rng.int(0, 90) * 60_000);
  const pdfs = kinds.map((kind) => pdfSpec(kind, newId(), facts, rng, issued(kind)));
  const sceneType = SCENE_TYPE[facts.line];
  const photos = sceneType ? photoSpecs(facts, rng, sceneType, newId) : [];
  return { scenario, pdfs, photos };
}

/** A time in the later part of [from, to]: papers are issued after the loss, before the claim. */
function between(rng: Rng, from: number, to: number): number {
  return Math.round(from + rng.float(0.3, 1) * Math.max(0, to - from));
}

function pdfSpec(
  kind: PdfKind,
  id: string,
  facts: DemoCaseFacts,
  rng: Rng,
  issuedAt: number,
): PdfSpec {
  const producer = rng.pick(ISSUING_PRODUCERS[PRODUCER_FAMILY[kind]] ?? ['']);
  const items = itemsFor(kind, facts.claimedFen, rng);
  const invoice = invoiceNumbers(kind, rng);
  return {
    kind,
    id,
    issuedAt:
      kind === 'id-card' || kind === 'bank-card'
        ? facts.reportedAt - rng.int(1, 30) * 60_000
        : issuedAt,
    name: facts.claimantName,
    idNumber: kind === 'claim-form' || kind === 'id-card' ? facts.claimantIdNumber : null,
    invoiceCode: invoice?.code ?? null,
    invoiceNumber: invoice?.number ?? null,
    items,
    totalFen: items.length > 0 || kind === 'claim-form' ? facts.claimedFen : null,
    boldAmountRun: false,
    producer,
    creator: producer,
    modifiedAt: null,
    incremental: false,
  };
}

function invoiceNumbers(kind: PdfKind, rng: Rng): { code: string; number: string } | null {
  if (kind === 'medical-invoice')
    return { code: `3106${rng.digits(4)}`, number: `00${rng.digits(8)}` };
  if (kind === 'repair-invoice') return { code: `0310${rng.digits(8)}`, number: rng.digits(8) };
  return null;
}

/** How many of a unit one bill plausibly lists. */
const MAX_QUANTITY: Record<string, number> = {
  支: 20,
  袋: 20,
  盒: 6,
  次: 3,
  日: 12,
  套: 3,
  个: 30,
  台: 4,
  组: 30,
  吨: 40,
};

function entry(name: string, unit: string, yuan: number): CatalogueEntry {
  return { name, unit, typicalFen: yuan * 100, maxQuantity: MAX_QUANTITY[unit] ?? 1 };
}

const ITEM_UNIT = '项';

const CATALOGUES: Partial<Record<PdfKind, { entries: CatalogueEntry[]; count: [number, number] }>> =
  {
    'medical-invoice': {
      entries: MEDICAL_FEE_CATEGORIES.map((n) => entry(n, ITEM_UNIT, 1000)),
      count: [4, 7],
    },
    'expense-list': {
      entries: EXPENSE_ITEMS.map(([n, unit, yuan]) => entry(n, unit, yuan)),
      count: [6, 12],
    },
    'repair-invoice': {
      entries: REPAIR_ITEMS.map(([n, yuan]) => entry(n, ITEM_UNIT, yuan)),
      count: [3, 7],
    },
    'loss-list': {
      entries: PROPERTY_ITEMS.map(([n, unit, yuan]) => entry(n, unit, yuan)),
      count: [2, 6],
    },
    'liability-claim-letter': {
      entries: LIABILITY_ITEMS.map((n) => entry(n, ITEM_UNIT, 10_000)),
      count: [2, 5],
    },
  };

export function itemsFor(kind: PdfKind, totalFen: number, rng: Rng): LineItem[] {
  const catalogue = CATALOGUES[kind];
  if (!catalogue) return [];
  return itemsSummingTo(totalFen, catalogue.entries, rng.int(...catalogue.count), rng);
}

function photoSpecs(
  facts: DemoCaseFacts,
  rng: Rng,
  type: SceneType,
  newId: () => string,
): PhotoSpec[] {
  // Two or three views of the damage, as claim apps ask for: more would add bytes, not signals.
  const count = type === 'vehicle' ? rng.int(2, 3) : 2;
  const withScene = type === 'vehicle' && rng.chance(0.5);
  const phone = rng.pick(PHONES);
  const window = Math.max(10 * 60_000, Math.min(facts.reportedAt - facts.lossAt, 6 * HOUR_MS));
  let takenAt = facts.lossAt + rng.int(5, 20) * 60_000;
  return Array.from({ length: count + (withScene ? 1 : 0) }, (_, i) => {
    takenAt = Math.min(
      facts.reportedAt - 60_000,
      takenAt + rng.int(20_000, Math.floor(window / (count + 1))),
    );
    const [lat, lng] = nearby(rng, facts.lossLat, facts.lossLng, 150);
    return {
      kind: i === count ? 'scene-photo' : 'damage-photo',
      id: newId(),
      scene: { type, subject: facts.caseId, seed: String(i), brightness: 0 },
      quality: 70,
      takenAt: Math.max(facts.lossAt + 60_000, takenAt),
      lat,
      lng,
      phone,
      exif: true,
    };
  });
}
