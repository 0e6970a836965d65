import type { AnomalyKind } from '@shared/analysis/anomaly-kinds';
import { residentIdCheckChar } from '@shared/domain/resident-id';
import { rescaleItems, shiftLastItem, sumItems } from './amounts';
import { calendarDaysBetween, DAY_MS, exifDateTime, HOUR_MS, isoDateCst } from './dates';
import { type CaseDraft, SCENE_TYPE } from './drafts';
import { LINE_TARGETS } from './eligibility';
import { distanceMetres, offset } from './geo';
import type { CrossClaimMemory } from './memory';
import { otherPersonName, withWrongCheckChar } from './people';
import type { PdfSpec } from './pdf-spec';
import type { FieldName } from './pdf-writer';
import type { PhotoSpec } from './photo';
import type { Rng } from './random';
import type { DemoCaseFacts, PdfKind } from './types';
import {
  EDITING_PRODUCERS,
  ENTERPRISE_INDUSTRIES,
  ENTERPRISE_SUFFIX,
  ENTERPRISE_TRADES,
} from './vocabulary';

export type Evidence = Record<string, string | number | boolean>;

/** Where a planted anomaly sits: a document and, when drawn, the field it was drawn in. */
export interface Mark {
  documentId: string;
  field: FieldName | null;
}

export interface DocumentPlanting {
  marks: Mark[];
  evidence: Evidence;
}

interface Context {
  draft: CaseDraft;
  facts: DemoCaseFacts;
  rng: Rng;
  memory: CrossClaimMemory;
}

type Planter = (ctx: Context) => DocumentPlanting;

function pdf(ctx: Context, kind: PdfKind): PdfSpec {
  const spec = ctx.draft.pdfs.find((p) => p.kind === kind);
  if (!spec) throw new Error(`case ${ctx.facts.caseId} has no ${kind} to plant in`);
  return spec;
}

function photo(ctx: Context): PhotoSpec {
  if (ctx.draft.photos.length === 0) throw new Error(`case ${ctx.facts.caseId} has no photos`);
  return ctx.rng.pick(ctx.draft.photos);
}

const targets = (ctx: Context) => LINE_TARGETS[ctx.facts.line];

/** A time of day between 08:00 and 18:00 China time on the day `ms` falls on. */
function officeHours(ctx: Context, ms: number): number {
  const dayStart = ms - ((ms + 8 * HOUR_MS) % DAY_MS);
  return dayStart + ctx.rng.int(8 * 60, 18 * 60) * 60_000;
}

const dateOutsidePolicy: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).dated);
  spec.issuedAt = officeHours(ctx, ctx.facts.policyStart - ctx.rng.int(15, 300) * DAY_MS);
  return {
    marks: [{ documentId: spec.id, field: 'date' }],
    evidence: {
      documentDate: isoDateCst(spec.issuedAt),
      policyStart: isoDateCst(ctx.facts.policyStart),
      policyEnd: isoDateCst(ctx.facts.policyEnd),
      daysBeforePolicyStart: calendarDaysBetween(spec.issuedAt, ctx.facts.policyStart),
    },
  };
};

const invoiceBeforeLoss: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).invoice ?? 'medical-invoice');
  const insuredDays = Math.floor((ctx.facts.lossAt - ctx.facts.policyStart) / DAY_MS);
  const days = ctx.rng.int(2, Math.max(2, Math.min(30, insuredDays - 2)));
  spec.issuedAt = officeHours(ctx, ctx.facts.lossAt - days * DAY_MS);
  return {
    marks: [{ documentId: spec.id, field: 'date' }],
    evidence: {
      invoiceDate: isoDateCst(spec.issuedAt),
      lossDate: isoDateCst(ctx.facts.lossAt),
      daysBeforeLoss: calendarDaysBetween(spec.issuedAt, ctx.facts.lossAt),
    },
  };
};

const itemsSumMismatch: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).financial);
  const total = spec.totalFen ?? sumItems(spec.items);
  const last = spec.items[spec.items.length - 1]?.amountFen ?? 0;
  const magnitude = Math.max(100, Math.round((total * ctx.rng.float(0.03, 0.12)) / 100) * 100);
  const delta = magnitude < last && ctx.rng.chance(0.5) ? -magnitude : magnitude;
  spec.items = shiftLastItem(spec.items, delta);
  return {
    marks: [{ documentId: spec.id, field: 'total' }],
    evidence: { printedTotalFen: total, itemsSumFen: sumItems(spec.items), differenceFen: delta },
  };
};

const totalVsClaimed: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).financial);
  const invoiceTotal = Math.round(ctx.facts.claimedFen * ctx.rng.float(0.55, 0.85));
  for (const companion of ctx.draft.pdfs) {
    if (companion.kind !== 'claim-form' && companion.totalFen === ctx.facts.claimedFen) {
      companion.items = rescaleItems(companion.items, invoiceTotal);
      companion.totalFen = invoiceTotal;
    }
  }
  return {
    marks: [{ documentId: spec.id, field: 'total' }],
    evidence: { invoiceTotalFen: invoiceTotal, claimedFen: ctx.facts.claimedFen },
  };
};

const modifiedAfterCreation: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).financial);
  spec.modifiedAt = spec.issuedAt + ctx.rng.int(20, 180) * DAY_MS + ctx.rng.int(0, 23) * HOUR_MS;
  return {
    marks: [{ documentId: spec.id, field: null }],
    evidence: {
      creationDate: new Date(spec.issuedAt).toISOString(),
      modDate: new Date(spec.modifiedAt).toISOString(),
      daysBetween: Math.floor((spec.modifiedAt - spec.issuedAt) / DAY_MS),
    },
  };
};

const editingProducer: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).financial);
  spec.producer = ctx.rng.pick(EDITING_PRODUCERS);
  return {
    marks: [{ documentId: spec.id, field: null }],
    evidence: { producer: spec.producer, creator: spec.creator },
  };
};

const incrementalUpdate: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).financial);
  spec.incremental = true;
  return {
    marks: [{ documentId: spec.id, field: null }],
    evidence: { revisions: 2, eofMarkers: 2 },
  };
};

const fontMismatch: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).financial);
  spec.boldAmountRun = true;
  const total = spec.totalFen ?? sumItems(spec.items);
  return {
    marks: [{ documentId: spec.id, field: 'amountRun' }],
    evidence: {
      text: String(Math.floor(total / 100)),
      font: 'NotoSansHans-Bold',
      lineFont: 'NotoSansHans-Regular',
    },
  };
};

const nameMismatch: Planter = (ctx) => {
  const spec = pdf(ctx, targets(ctx).named);
  const { facts, rng } = ctx;
  spec.name =
    facts.customerKind === 'enterprise'
      ? `${ctx.draft.scenario.city}${rng.pick(ENTERPRISE_TRADES.filter((t) => !facts.claimantName.includes(t)))}${rng.pick(ENTERPRISE_INDUSTRIES)}${ENTERPRISE_SUFFIX}`
      : otherPersonName(rng, facts.claimantName);
  return {
    marks: [{ documentId: spec.id, field: 'name' }],
    evidence: { printedName: spec.name, claimantName: facts.claimantName },
  };
};

const residentIdChecksum: Planter = (ctx) => {
  const printed = withWrongCheckChar(ctx.facts.claimantIdNumber, ctx.rng);
  const specs = ctx.draft.pdfs.filter((p) => p.idNumber !== null);
  for (const spec of specs) spec.idNumber = printed;
  return {
    marks: specs.map((s) => ({ documentId: s.id, field: 'idNumber' as const })),
    evidence: {
      printedIdNumber: printed,
      printedCheckChar: printed.slice(17),
      expectedCheckChar: residentIdCheckChar(printed.slice(0, 17)),
    },
  };
};

const duplicateInvoiceNumber: Planter = (ctx) => {
  const kind = targets(ctx).invoice ?? 'medical-invoice';
  const spec = pdf(ctx, kind);
  const original = pickFrom(ctx, ctx.memory.invoicesOf(kind), `an earlier ${kind}`);
  spec.invoiceCode = original.code;
  spec.invoiceNumber = original.number;
  return {
    marks: [{ documentId: spec.id, field: 'invoiceNumber' }],
    evidence: {
      invoiceNumber: original.number,
      invoiceCode: original.code,
      originalCaseId: original.caseId,
      originalDocumentId: original.documentId,
    },
  };
};

const duplicatePhoto: Planter = (ctx) => {
  const target = photo(ctx);
  const type = SCENE_TYPE[ctx.facts.line] ?? 'vehicle';
  const original = pickFrom(ctx, ctx.memory.photosOf(type), `an earlier ${type} photo`);
  const brightness = ctx.rng.pick([-1, 1]) * ctx.rng.int(6, 12);
  target.scene = { ...original.scene, brightness: original.scene.brightness + brightness };
  target.quality = original.quality + ctx.rng.pick([-4, -3, 3, 4]);
  return {
    marks: [{ documentId: target.id, field: null }],
    evidence: {
      originalCaseId: original.caseId,
      originalDocumentId: original.documentId,
      brightnessDelta: brightness,
      quality: target.quality,
    },
  };
};

const photoAfterReport: Planter = (ctx) => {
  const target = photo(ctx);
  target.takenAt =
    ctx.facts.reportedAt + ctx.rng.int(2, 15) * DAY_MS + ctx.rng.int(0, 10) * HOUR_MS;
  return {
    marks: [{ documentId: target.id, field: null }],
    evidence: {
      dateTimeOriginal: exifDateTime(target.takenAt),
      reportedAt: new Date(ctx.facts.reportedAt).toISOString(),
      hoursAfterReport: Math.round((target.takenAt - ctx.facts.reportedAt) / HOUR_MS),
    },
  };
};

const photoLongBeforeLoss: Planter = (ctx) => {
  const target = photo(ctx);
  target.takenAt = ctx.facts.lossAt - ctx.rng.int(60, 300) * DAY_MS - ctx.rng.int(0, 10) * HOUR_MS;
  return {
    marks: [{ documentId: target.id, field: null }],
    evidence: {
      dateTimeOriginal: exifDateTime(target.takenAt),
      lossAt: new Date(ctx.facts.lossAt).toISOString(),
      daysBeforeLoss: Math.floor((ctx.facts.lossAt - target.takenAt) / DAY_MS),
    },
  };
};

const gpsFarFromLoss: Planter = (ctx) => {
  const target = photo(ctx);
  const { lossLat, lossLng } = ctx.facts;
  [target.lat, target.lng] = offset(
    lossLat,
    lossLng,
    ctx.rng.int(300, 1200) * 1000,
    ctx.rng.float(0, 2 * Math.PI),
  );
  return {
    marks: [{ documentId: target.id, field: null }],
    evidence: {
      photoLat: round6(target.lat),
      photoLng: round6(target.lng),
      lossLat,
      lossLng,
      distanceKm: Math.round(distanceMetres(lossLat, lossLng, target.lat, target.lng) / 1000),
    },
  };
};

const exifStripped: Planter = (ctx) => {
  const target = photo(ctx);
  target.exif = false;
  return { marks: [{ documentId: target.id, field: null }], evidence: { hasExif: false } };
};

export const DOCUMENT_PLANTERS: Partial<Record<AnomalyKind, Planter>> = {
  'document-date-outside-policy': dateOutsidePolicy,
  'invoice-before-loss': invoiceBeforeLoss,
  'line-items-sum-mismatch': itemsSumMismatch,
  'invoice-total-vs-claimed': totalVsClaimed,
  'pdf-modified-after-creation': modifiedAfterCreation,
  'pdf-editing-producer': editingProducer,
  'pdf-incremental-update': incrementalUpdate,
  'font-mismatch': fontMismatch,
  'name-mismatch': nameMismatch,
  'resident-id-checksum': residentIdChecksum,
  'duplicate-invoice-number': duplicateInvoiceNumber,
  'duplicate-photo': duplicatePhoto,
  'photo-after-report': photoAfterReport,
  'photo-long-before-loss': photoLongBeforeLoss,
  'gps-far-from-loss': gpsFarFromLoss,
  'exif-stripped': exifStripped,
};

function pickFrom<T>(ctx: Context, list: readonly T[], what: string): T {
  if (list.length === 0) {
    throw new Error(
      `case ${ctx.facts.caseId}: no ${what} to duplicate; call documentsFor in the order planAnomalies saw the cases`,
    );
  }
  return ctx.rng.pick(list);
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
