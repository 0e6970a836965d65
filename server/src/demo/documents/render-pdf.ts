import { PDFHexString, PDFName } from 'pdf-lib';
import { bankCard, claimForm, idCard } from './claim-papers';
import {
  accidentCertificate,
  deathCertificate,
  diagnosisCertificate,
  dischargeSummary,
} from './certificates';
import type { DemoFonts } from './fonts';
import { appendInfoRevision } from './incremental-update';
import { expenseList, medicalInvoice, repairInvoice } from './invoice';
import * as L from './labels';
import { liabilityClaimLetter, lossList } from './losses';
import type { PdfSpec, Template } from './pdf-spec';
import { type FieldMark, type FieldName, PdfCanvas } from './pdf-writer';
import type { Scenario } from './scenario';
import type { PdfKind } from './types';

const TEMPLATES: Record<PdfKind, { title: string; draw: Template }> = {
  'claim-form': { title: L.CLAIM_FORM.title, draw: claimForm },
  'id-card': { title: L.ID_CARD.title, draw: idCard },
  'bank-card': { title: L.BANK_CARD.title, draw: bankCard },
  'medical-invoice': { title: L.MEDICAL_INVOICE.title, draw: medicalInvoice },
  'expense-list': { title: L.EXPENSE_LIST.title, draw: expenseList },
  'discharge-summary': { title: L.DISCHARGE_SUMMARY.title, draw: dischargeSummary },
  'diagnosis-certificate': { title: L.DIAGNOSIS_CERTIFICATE.title, draw: diagnosisCertificate },
  'accident-certificate': { title: L.ACCIDENT_CERTIFICATE.title, draw: accidentCertificate },
  'repair-invoice': { title: L.REPAIR_INVOICE.title, draw: repairInvoice },
  'loss-list': { title: L.LOSS_LIST.title, draw: lossList },
  'death-certificate': { title: L.DEATH_CERTIFICATE.title, draw: deathCertificate },
  'liability-claim-letter': { title: L.CLAIM_LETTER.title, draw: liabilityClaimLetter },
};

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  fields: ReadonlyMap<FieldName, FieldMark>;
}

export async function renderPdf(
  spec: PdfSpec,
  scenario: Scenario,
  fonts: DemoFonts,
): Promise<RenderedPdf> {
  const template = TEMPLATES[spec.kind];
  const canvas = await PdfCanvas.create(fonts);
  template.draw(canvas, spec, scenario);
  const saved = await canvas.save({
    title: template.title,
    producer: spec.producer,
    creator: spec.creator,
    createdAt: spec.issuedAt,
    modifiedAt: spec.modifiedAt ?? spec.issuedAt,
  });
  if (!spec.incremental) return saved;
  // The second revision only adds keywords: dates and producer stay as issued,
  // so this file carries no other metadata anomaly.
  const info = saved.trailer.infoDict;
  info.set(PDFName.of('Keywords'), PDFHexString.fromText(`${template.title}（修订）`));
  return { ...saved, bytes: appendInfoRevision(saved.bytes, saved.trailer, info) };
}

export function fileNameFor(kind: PdfKind, caseNumber: string): string {
  return `${caseNumber}-${kind}.pdf`;
}
