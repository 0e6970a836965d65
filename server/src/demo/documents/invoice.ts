import { amountInWords, formatFen, sumItems } from './amounts';
import { dateCn } from './dates';
import { EXPENSE_LIST, MEDICAL_INVOICE, REPAIR_INVOICE } from './labels';
import { drawTable, hospitalStay, type PdfSpec, type Template } from './pdf-spec';
import type { PdfCanvas } from './pdf-writer';

/** 医疗住院收费票据: fee categories and the total the hospital received. */
export const medicalInvoice: Template = (c, spec, s) => {
  c.text(`${s.city}市${MEDICAL_INVOICE.title}`, 297.6, 50, { size: 17, align: 'center' });
  c.labelled(MEDICAL_INVOICE.code, spec.invoiceCode ?? '', 56, 96);
  c.labelled(MEDICAL_INVOICE.number, spec.invoiceNumber ?? '', 330, 96, { field: 'invoiceNumber' });
  c.labelled(MEDICAL_INVOICE.payer, spec.name, 56, 120, { field: 'name' });
  c.labelled(MEDICAL_INVOICE.gender, s.gender, 200, 120);
  c.labelled(MEDICAL_INVOICE.date, dateCn(spec.issuedAt), 330, 120, { field: 'date' });
  c.labelled(MEDICAL_INVOICE.inpatientNo, s.inpatientNo, 56, 144);
  const admitted = dateCn(hospitalStay(spec, s).admittedAt);
  c.labelled(
    MEDICAL_INVOICE.stay,
    `${admitted}${MEDICAL_INVOICE.to}${dateCn(spec.issuedAt)}`,
    230,
    144,
  );
  const rows = spec.items.map((it) => [it.name, formatFen(it.amountFen)]);
  const y = drawTable(
    c,
    [
      { label: MEDICAL_INVOICE.item, x: 64 },
      { label: MEDICAL_INVOICE.amount, x: 530, align: 'right' },
    ],
    rows,
    176,
  );
  totals(c, spec, y, MEDICAL_INVOICE.totalWords, MEDICAL_INVOICE.total);
  c.labelled(MEDICAL_INVOICE.fund, '0.00', 56, y + 52);
  c.labelled(MEDICAL_INVOICE.selfPay, formatFen(spec.totalFen ?? 0), 330, y + 52);
  c.labelled(MEDICAL_INVOICE.payee, s.hospital, 56, y + 96);
  c.labelled(MEDICAL_INVOICE.cashier, s.cashier, 400, y + 96);
  c.seal(180, y + 150, s.hospital);
};

/** 住院费用明细清单: every billed item, quantity × unit price. */
export const expenseList: Template = (c, spec, s) => {
  c.text(s.hospital, 297.6, 46, { size: 13, align: 'center' });
  c.text(EXPENSE_LIST.title, 297.6, 68, { size: 18, align: 'center' });
  c.labelled(EXPENSE_LIST.name, spec.name, 56, 108, { field: 'name' });
  c.labelled(EXPENSE_LIST.inpatientNo, s.inpatientNo, 200, 108);
  c.labelled(EXPENSE_LIST.department, s.department, 400, 108);
  const rows = spec.items.map((it, i) => [
    String(i + 1),
    it.name,
    it.unit,
    String(it.quantity),
    formatFen(it.unitFen),
    formatFen(it.amountFen),
  ]);
  const y = drawTable(
    c,
    [
      { label: EXPENSE_LIST.seq, x: 60 },
      { label: EXPENSE_LIST.item, x: 92 },
      { label: EXPENSE_LIST.unit, x: 300 },
      { label: EXPENSE_LIST.quantity, x: 380, align: 'right' },
      { label: EXPENSE_LIST.unitPrice, x: 460, align: 'right' },
      { label: EXPENSE_LIST.amount, x: 536, align: 'right' },
    ],
    rows,
    140,
  );
  c.text(EXPENSE_LIST.total, 400, y + 6);
  c.amount(spec.totalFen ?? sumItems(spec.items), 536, y + 6, {
    align: 'right',
    field: 'total',
    boldRun: spec.boldAmountRun,
  });
  c.labelled(EXPENSE_LIST.printed, dateCn(spec.issuedAt), 56, y + 40, { field: 'date' });
};

/** 增值税电子普通发票 for a repair: parts and labour. */
export const repairInvoice: Template = (c, spec, s) => {
  c.text(`${s.city}${REPAIR_INVOICE.title}`, 297.6, 48, { size: 17, align: 'center' });
  c.text(REPAIR_INVOICE.subtitle, 297.6, 72, { size: 11, align: 'center' });
  c.labelled(REPAIR_INVOICE.code, spec.invoiceCode ?? '', 340, 100);
  c.labelled(REPAIR_INVOICE.number, spec.invoiceNumber ?? '', 340, 120, { field: 'invoiceNumber' });
  c.labelled(REPAIR_INVOICE.date, dateCn(spec.issuedAt), 340, 140, { field: 'date' });
  c.labelled(REPAIR_INVOICE.checkCode, checkCode(spec), 340, 160, { size: 9 });
  c.box(50, 186, 495, 46);
  c.labelled(REPAIR_INVOICE.buyer, spec.name, 60, 198, { field: 'name' });
  c.labelled(REPAIR_INVOICE.plate, s.plate, 60, 216, { size: 9.5 });
  c.labelled(REPAIR_INVOICE.vehicle, s.vehicle, 240, 216, { size: 9.5 });
  const rows = spec.items.map((it) => [
    it.name,
    String(it.quantity),
    formatFen(it.unitFen),
    formatFen(it.amountFen),
  ]);
  const y = drawTable(
    c,
    [
      { label: REPAIR_INVOICE.item, x: 60 },
      { label: REPAIR_INVOICE.quantity, x: 330, align: 'right' },
      { label: REPAIR_INVOICE.unitPrice, x: 430, align: 'right' },
      { label: REPAIR_INVOICE.amount, x: 530, align: 'right' },
    ],
    rows,
    252,
  );
  totals(c, spec, y, REPAIR_INVOICE.totalWords, REPAIR_INVOICE.total);
  c.labelled(REPAIR_INVOICE.seller, s.garage, 60, y + 56);
  c.labelled(REPAIR_INVOICE.remarks, REPAIR_INVOICE.taxFree, 60, y + 80);
  c.labelled(REPAIR_INVOICE.issuer, s.cashier, 400, y + 80);
  c.seal(440, y + 150, s.garage);
};

/** The amount in words and figures under an invoice's table. */
function totals(
  c: PdfCanvas,
  spec: PdfSpec,
  top: number,
  wordsLabel: string,
  figuresLabel: string,
): void {
  const total = spec.totalFen ?? sumItems(spec.items);
  c.labelled(wordsLabel, amountInWords(total), 56, top + 8);
  c.text(figuresLabel, 400, top + 8);
  c.amount(total, 400 + c.width(figuresLabel, 10.5), top + 8, {
    field: 'total',
    boldRun: spec.boldAmountRun,
  });
}

/** A 20-digit verification code derived from the invoice number, stable across reprints. */
function checkCode(spec: PdfSpec): string {
  const seed = `${spec.invoiceCode ?? ''}${spec.invoiceNumber ?? ''}`;
  let h = 2166136261;
  let out = '';
  for (let i = 0; out.length < 20; i++) {
    h = Math.imul(h ^ (seed.charCodeAt(i % Math.max(1, seed.length)) + i), 16777619) >>> 0;
    out += String(h % 10);
  }
  return `${out.slice(0, 5)} ${out.slice(5, 10)} ${out.slice(10, 15)} ${out.slice(15)}`;
}
