import { createHash } from 'node:crypto';
import type { AnomalyKind } from '@shared/analysis/anomaly-kinds';
import { CASE_PLANTERS, type CasePlanting } from './case-anomalies';
import { buildDraft, type CaseDraft, SCENE_TYPE } from './drafts';
import { DOCUMENT_PLANTERS, type DocumentPlanting } from './document-anomalies';
import { canPlant } from './eligibility';
import { type DemoFonts, loadDemoFonts } from './fonts';
import { CrossClaimMemory } from './memory';
import { renderPhoto } from './photo';
import type { FieldMark, FieldName } from './pdf-writer';
import { Rng } from './random';
import { fileNameFor, renderPdf } from './render-pdf';
import type {
  AnswerKeyEntry,
  CaseDocuments,
  DemoCaseFacts,
  DocumentFactory,
  GeneratedDocument,
} from './types';

/**
 * Generated documents for demo cases, with planted anomalies and their
 * answers. Everything a case shows derives from the seed and the case id,
 * except the cross-claim copies, which come from cases generated earlier.
 * The fonts start loading now, once; each PDF embeds only the glyphs it draws.
 */
export function createDocumentFactory(options: { seed: number }): DocumentFactory {
  const fonts = loadDemoFonts();
  // Reported by the first documentsFor call instead of as an unhandled rejection.
  fonts.catch(() => undefined);
  const state: FactoryState = { seed: options.seed, fonts, memory: new CrossClaimMemory() };
  return { documentsFor: (facts, planted) => documentsFor(facts, planted, state) };
}

interface FactoryState {
  seed: number;
  fonts: Promise<DemoFonts>;
  memory: CrossClaimMemory;
}

async function documentsFor(
  facts: DemoCaseFacts,
  planted: AnomalyKind | null,
  state: FactoryState,
): Promise<CaseDocuments> {
  if (planted && !canPlant(planted, facts)) {
    throw new Error(`cannot plant ${planted} on case ${facts.caseId} (${facts.line})`);
  }
  // Everything up to rendering is synchronous, so the memory is updated in
  // call order even when callers do not await one case before the next.
  const rng = new Rng('documents', state.seed, facts.caseId);
  const caseLevel = planted ? CASE_PLANTERS[planted]?.(facts, rng, state.memory) : undefined;
  const shown = caseLevel?.facts ?? facts;
  const draft = buildDraft(shown, rng);
  const inDocuments = planted
    ? DOCUMENT_PLANTERS[planted]?.({ draft, facts: shown, rng, memory: state.memory })
    : undefined;
  remember(state.memory, draft, shown, planted);
  const { documents, fields } = await render(draft, shown, await state.fonts);
  return {
    documents,
    answers: planted ? answersFor(planted, shown.caseId, caseLevel, inDocuments, fields) : [],
    overrides: caseLevel?.overrides ?? {},
  };
}

function remember(
  memory: CrossClaimMemory,
  draft: CaseDraft,
  facts: DemoCaseFacts,
  planted: AnomalyKind | null,
): void {
  for (const spec of draft.pdfs) {
    if (spec.invoiceCode && spec.invoiceNumber && planted !== 'duplicate-invoice-number') {
      memory.rememberInvoice(spec.kind, {
        code: spec.invoiceCode,
        number: spec.invoiceNumber,
        caseId: facts.caseId,
        documentId: spec.id,
      });
    }
  }
  const type = SCENE_TYPE[facts.line];
  if (!type || planted === 'duplicate-photo') return;
  for (const photo of draft.photos) {
    memory.rememberPhoto(type, {
      scene: photo.scene,
      quality: photo.quality,
      caseId: facts.caseId,
      documentId: photo.id,
    });
  }
}

async function render(
  draft: CaseDraft,
  facts: DemoCaseFacts,
  fonts: DemoFonts,
): Promise<{
  documents: GeneratedDocument[];
  fields: Map<string, ReadonlyMap<FieldName, FieldMark>>;
}> {
  const documents: GeneratedDocument[] = [];
  const fields = new Map<string, ReadonlyMap<FieldName, FieldMark>>();
  for (const spec of draft.pdfs) {
    const pdf = await renderPdf(spec, draft.scenario, fonts);
    fields.set(spec.id, pdf.fields);
    documents.push(
      generated(spec, facts.caseId, {
        fileName: fileNameFor(spec.kind, facts.caseNumber),
        mediaType: 'application/pdf',
        bytes: pdf.bytes,
        pages: pdf.pages,
      }),
    );
  }
  for (const spec of draft.photos) {
    const photo = renderPhoto(spec);
    documents.push(generated(spec, facts.caseId, { ...photo, mediaType: 'image/jpeg', pages: 1 }));
  }
  return { documents, fields };
}

function generated(
  spec: { id: string; kind: GeneratedDocument['kind'] },
  caseId: string,
  file: Pick<GeneratedDocument, 'fileName' | 'mediaType' | 'bytes' | 'pages'>,
): GeneratedDocument {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return { id: spec.id, caseId, kind: spec.kind, ...file, sha256 };
}

function answersFor(
  anomaly: AnomalyKind,
  caseId: string,
  caseLevel: CasePlanting | undefined,
  inDocuments: DocumentPlanting | undefined,
  fields: ReadonlyMap<string, ReadonlyMap<FieldName, FieldMark>>,
): AnswerKeyEntry[] {
  if (caseLevel) {
    return [
      { caseId, documentId: null, anomaly, page: null, region: null, evidence: caseLevel.evidence },
    ];
  }
  return (inDocuments?.marks ?? []).map((mark) => {
    const where = mark.field ? fields.get(mark.documentId)?.get(mark.field) : undefined;
    if (mark.field && !where) throw new Error(`${anomaly}: field ${mark.field} was not drawn`);
    return {
      caseId,
      documentId: mark.documentId,
      anomaly,
      page: where?.page ?? null,
      region: where?.region ?? null,
      evidence: inDocuments?.evidence ?? {},
    };
  });
}
