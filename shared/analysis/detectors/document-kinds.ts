import type { PdfFacts } from '../facts';
import { linesOf } from './layout';

/**
 * What kind of paper a PDF is, for the rules that apply to some kinds only.
 * The type the adjuster confirmed wins; until then the title printed at the
 * top of the first page decides.
 */
const INVOICE_TYPE = /invoice|receipt|发票|票据|收据/iu;
const INVOICE_TITLE = /发票|票据|收据/u;
const CLAIM_FORM_TYPE = /claim-form|申请书/iu;
const CLAIM_FORM_TITLE = /申请书|申请表/u;
/** The title sits within the first few lines of the first page. */
const TITLE_LINES = 3;

export function isInvoice(doc: PdfFacts): boolean {
  if (doc.docType !== null) return INVOICE_TYPE.test(doc.docType);
  return INVOICE_TITLE.test(titleOf(doc));
}

export function isClaimForm(doc: PdfFacts): boolean {
  if (doc.docType !== null) return CLAIM_FORM_TYPE.test(doc.docType);
  return CLAIM_FORM_TITLE.test(titleOf(doc));
}

function titleOf(doc: PdfFacts): string {
  return linesOf(doc)
    .filter((l) => l.page === 1)
    .slice(0, TITLE_LINES)
    .map((l) => l.text)
    .join(' ');
}
