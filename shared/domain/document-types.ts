import type { Line } from './lines';
import { isMaterialCode, type MaterialCode } from './materials';

/**
 * Kinds of paper a case document can be, and the checklist item each one
 * supplies. A type is suggested from the document's own text and confirmed
 * by the adjuster; only the confirmed type is stored on the document.
 */
export const DOCUMENT_TYPES = [
  'claim-form',
  'id-card',
  'bank-card',
  'medical-invoice',
  'expense-list',
  'discharge-summary',
  'diagnosis-certificate',
  'pathology-report',
  'accident-certificate',
  'repair-invoice',
  'vehicle-licence',
  'driver-licence',
  'loss-list',
  'ownership-proof',
  'death-certificate',
  'household-cancellation',
  'beneficiary-proof',
  'liability-claim-letter',
  'power-of-attorney',
  'police-report',
  'social-insurance-statement',
  'damage-photo',
  'scene-photo',
  'decision-notice',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** The checklist items a type can supply, most specific first; the case's line picks one. */
const SUPPLIES: Partial<Record<DocumentType, readonly MaterialCode[]>> = {
  'claim-form': ['claim-form'],
  'id-card': ['claimant-id'],
  'bank-card': ['payee-bank-card'],
  'medical-invoice': ['medical-invoices', 'third-party-medical-invoices'],
  'expense-list': ['expense-list'],
  'discharge-summary': ['discharge-summary', 'medical-records'],
  'diagnosis-certificate': ['diagnosis-certificate'],
  'pathology-report': ['pathology-reports'],
  'accident-certificate': ['liability-certificate', 'accident-proof'],
  'repair-invoice': ['repair-invoice'],
  'vehicle-licence': ['vehicle-licence'],
  'driver-licence': ['driver-licence'],
  'loss-list': ['loss-list', 'loss-evidence'],
  'ownership-proof': ['ownership-proof'],
  'death-certificate': ['death-certificate'],
  'household-cancellation': ['household-cancellation'],
  'beneficiary-proof': ['beneficiary-proof'],
  'liability-claim-letter': ['third-party-claim'],
  'power-of-attorney': ['power-of-attorney'],
  'police-report': ['police-report'],
  'social-insurance-statement': ['social-insurance-statement'],
  'damage-photo': ['damage-photos'],
  'scene-photo': ['damage-photos'],
};

/** The checklist item a document of this type supplies on a case of this line, if any. */
export function materialFor(type: string, line: Line): MaterialCode | null {
  if (!isDocumentType(type)) return null;
  return SUPPLIES[type]?.find((code) => isMaterialCode(line, code)) ?? null;
}

/**
 * Words that name a paper in its title, checked in this order: the more
 * specific phrase first, so an itemised list is not taken for the invoice
 * it itemises, nor a repair invoice for any invoice.
 */
const SIGNS: readonly (readonly [DocumentType, RegExp])[] = [
  ['decision-notice', /理赔决定通知书|decision notice/iu],
  ['claim-form', /理赔申请书|索赔申请书|claim form/iu],
  ['power-of-attorney', /授权委托书|power of attorney/iu],
  ['liability-claim-letter', /索赔函|claim letter/iu],
  ['expense-list', /费用明细清单|费用清单|itemi[sz]ed (?:expense|bill)/iu],
  ['loss-list', /损失清单|list of losses|loss list/iu],
  ['discharge-summary', /出院小结|出院记录|门诊病历|discharge summary/iu],
  ['diagnosis-certificate', /诊断证明|diagnosis certificate/iu],
  ['pathology-report', /病理报告|病理诊断|检查报告|pathology report/iu],
  ['death-certificate', /死亡医学证明|死亡证明|death certificate/iu],
  ['household-cancellation', /户籍注销|户口注销|household.{0,20}cancell?ation/iu],
  ['accident-certificate', /事故认定书|事故证明|accident (?:liability )?certificate/iu],
  ['police-report', /报案回执|受案回执|police report/iu],
  ['social-insurance-statement', /医保结算|医疗保险结算|social insurance settlement/iu],
  ['repair-invoice', /维修.{0,20}(?:发票|结算)|(?:发票|invoice).{0,40}维修|repair invoice/isu],
  ['medical-invoice', /(?:医疗|门诊|住院).{0,12}(?:收费)?票据|医疗.{0,8}发票|medical invoice/iu],
  ['vehicle-licence', /机动车行驶证|行驶证|vehicle licen[cs]e/iu],
  ['driver-licence', /机动车驾驶证|驾驶证|driv(?:er|ing) licen[cs]e/iu],
  ['id-card', /居民身份证|公民身份号码|identity card|ID card/iu],
  ['bank-card', /银行卡|借记卡|储蓄卡|bank card/iu],
];

/** How much of the text counts as its heading: a paper names itself at the top. */
const HEADING_CHARS = 160;

/**
 * The type a document's text suggests, or null when nothing in it says.
 * The heading decides first; only then the whole text, so a claim form that
 * mentions an invoice in its body stays a claim form.
 */
export function suggestDocumentType(
  text: string,
  mediaType = 'application/pdf',
): DocumentType | null {
  if (mediaType.startsWith('image/')) return 'damage-photo';
  const heading = text.slice(0, HEADING_CHARS);
  for (const scope of [heading, text]) {
    const found = SIGNS.find(([, sign]) => sign.test(scope));
    if (found) return found[0];
  }
  return null;
}
