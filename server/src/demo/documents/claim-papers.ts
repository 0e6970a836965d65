import { amountInWords } from './amounts';
import { dateCn, dateDotted, dateTimeCn } from './dates';
import { BANK_CARD, CLAIM_FORM, ID_CARD } from './labels';
import type { PdfSpec, Template } from './pdf-spec';
import { SEAL_RED } from './pdf-writer';
import type { Scenario } from './scenario';
import { ETHNICITY, LINE_NAMES } from './vocabulary';

/** 理赔申请书: the claimant's own statement of the claim. */
export const claimForm: Template = (c, spec, s) => {
  const f = s.facts;
  c.text(s.insurer, 297.6, 48, { size: 13, align: 'center' });
  c.text(CLAIM_FORM.title, 297.6, 70, { size: 20, align: 'center' });
  c.labelled(CLAIM_FORM.caseNumber, f.caseNumber, 56, 112);
  c.labelled(CLAIM_FORM.policyNumber, f.policyNumber, 320, 112);
  c.labelled(CLAIM_FORM.line, LINE_NAMES[f.line], 56, 136);
  c.labelled(CLAIM_FORM.claimant, spec.name, 56, 160, { field: 'name' });
  c.labelled(CLAIM_FORM.idNumber, spec.idNumber ?? f.claimantIdNumber, 320, 160, {
    field: 'idNumber',
  });
  c.labelled(CLAIM_FORM.lossAt, dateTimeCn(f.lossAt), 56, 184);
  c.labelled(CLAIM_FORM.lossLocation, f.lossLocation, 56, 208);
  c.text(CLAIM_FORM.narrative, 56, 232);
  const below = c.paragraph(s.narrative, 76, 252, 460);
  c.text(CLAIM_FORM.amount, 56, below + 8);
  c.amount(spec.totalFen ?? f.claimedFen, 56 + c.width(CLAIM_FORM.amount, 10.5), below + 8, {
    field: 'total',
    boldRun: spec.boldAmountRun,
  });
  c.labelled(CLAIM_FORM.amountWords, amountInWords(spec.totalFen ?? f.claimedFen), 250, below + 8);
  bankBlock(c, spec, s, below + 40);
  c.paragraph(CLAIM_FORM.declaration, 56, below + 120, 480, 9.5);
  c.labelled(CLAIM_FORM.signature, spec.name, 320, below + 170);
  c.labelled(CLAIM_FORM.date, dateCn(spec.issuedAt), 320, below + 194, { field: 'date' });
};

function bankBlock(c: Parameters<Template>[0], spec: PdfSpec, s: Scenario, top: number): void {
  c.box(50, top - 8, 495, 76);
  c.labelled(CLAIM_FORM.bank, s.bank, 56, top);
  c.labelled(CLAIM_FORM.account, groupDigits(s.cardNumber), 56, top + 22);
  c.labelled(CLAIM_FORM.holder, spec.name, 56, top + 44);
}

/** 身份证复印件: front and back of the card, as a copy shop scans them. */
export const idCard: Template = (c, spec, s) => {
  c.text(ID_CARD.title, 297.6, 48, { size: 16, align: 'center' });
  c.box(150, 90, 300, 188);
  c.labelled(`${ID_CARD.name}  `, spec.name, 166, 110, { field: 'name' });
  c.labelled(`${ID_CARD.gender}  `, s.gender, 166, 136);
  c.labelled(`${ID_CARD.ethnicity}  `, ETHNICITY, 250, 136);
  const { year, month, day } = s.birth;
  c.labelled(`${ID_CARD.birth}  `, `${year}年${month}月${day}日`, 166, 162);
  c.text(ID_CARD.address, 166, 188);
  c.paragraph(s.homeAddress, 196, 188, 170);
  c.labelled(`${ID_CARD.idNumber}  `, spec.idNumber ?? s.facts.claimantIdNumber, 166, 246, {
    size: 12,
    field: 'idNumber',
  });
  c.box(150, 310, 300, 188);
  c.text(ID_CARD.country, 300, 340, { size: 14, align: 'center' });
  c.text(ID_CARD.cardName, 300, 372, { size: 20, align: 'center' });
  c.labelled(`${ID_CARD.authority}  `, s.idAuthority, 176, 432);
  const validTo = s.idIssuedAt + 20 * 365.25 * 86_400_000;
  c.labelled(
    `${ID_CARD.validity}  `,
    `${dateDotted(s.idIssuedAt)}-${dateDotted(validTo)}`,
    176,
    458,
  );
  c.text(ID_CARD.stamp, 297.6, 540, { size: 14, align: 'center', color: SEAL_RED });
};

/** 银行卡复印件: the payee account. */
export const bankCard: Template = (c, spec, s) => {
  c.text(BANK_CARD.title, 297.6, 48, { size: 16, align: 'center' });
  c.box(150, 90, 300, 188);
  c.text(s.bank, 166, 110, { size: 14 });
  c.text(BANK_CARD.debit, 434, 112, { align: 'right' });
  c.text(groupDigits(s.cardNumber), 166, 190, { size: 16 });
  c.text(BANK_CARD.unionPay, 434, 250, { align: 'right', size: 12 });
  c.labelled(BANK_CARD.bank, s.bank, 150, 310);
  c.labelled(BANK_CARD.cardNumber, s.cardNumber, 150, 334);
  c.labelled(BANK_CARD.holder, spec.name, 150, 358, { field: 'name' });
  c.text(BANK_CARD.stamp, 297.6, 420, { size: 14, align: 'center', color: SEAL_RED });
};

function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
