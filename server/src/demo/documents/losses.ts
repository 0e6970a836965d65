import { formatFen, sumItems } from './amounts';
import { dateCn } from './dates';
import { CLAIM_LETTER, COMMON, LOSS_LIST } from './labels';
import { drawTable, type Template } from './pdf-spec';
import { CLAIM_LETTER_BODY } from './vocabulary';

/** 财产损失清单: the insured's own list of what was lost, item by item. */
export const lossList: Template = (c, spec, s) => {
  const L = LOSS_LIST;
  c.text(L.title, 297.6, 56, { size: 20, align: 'center' });
  c.labelled(L.insured, spec.name, 56, 100, { field: 'name' });
  c.labelled(L.policyNumber, s.facts.policyNumber, 330, 100);
  c.labelled(L.cause, s.propertyCause, 56, 124);
  c.labelled(L.place, s.facts.lossLocation, 200, 124);
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
      { label: L.seq, x: 60 },
      { label: L.item, x: 92 },
      { label: L.unit, x: 260 },
      { label: L.quantity, x: 330, align: 'right' },
      { label: L.unitPrice, x: 430, align: 'right' },
      { label: L.amount, x: 536, align: 'right' },
    ],
    rows,
    160,
  );
  c.text(L.total, 380, y + 6);
  c.amount(spec.totalFen ?? sumItems(spec.items), 536, y + 6, {
    align: 'right',
    field: 'total',
    boldRun: spec.boldAmountRun,
  });
  c.labelled(L.seal, spec.name, 56, y + 50);
  c.labelled(L.date, dateCn(spec.issuedAt), 56, y + 74, { field: 'date' });
};

/** 索赔函: the injured third party's demand to the insured. */
export const liabilityClaimLetter: Template = (c, spec, s) => {
  const L = CLAIM_LETTER;
  c.text(L.title, 297.6, 56, { size: 22, align: 'center' });
  c.labelled(L.to, spec.name, 56, 104, { field: 'name' });
  c.text(L.event, 56, 132);
  let y = c.paragraph(s.narrative, 76, 154, 460);
  for (const sentence of CLAIM_LETTER_BODY) y = c.paragraph(sentence, 76, y, 460);
  c.text(L.details, 56, y + 6);
  const rows = spec.items.map((it) => [it.name, formatFen(it.amountFen)]);
  y = drawTable(
    c,
    [
      { label: L.item, x: 76 },
      { label: L.amount, x: 520, align: 'right' },
    ],
    rows,
    y + 36,
  );
  c.text(L.total, 380, y + 6);
  c.amount(spec.totalFen ?? sumItems(spec.items), 520, y + 6, {
    align: 'right',
    field: 'total',
    boldRun: spec.boldAmountRun,
  });
  c.labelled(L.claimant, s.thirdParty, 330, y + 50);
  c.labelled(L.date, dateCn(spec.issuedAt), 330, y + 74, { field: 'date' });
  c.text(COMMON.seal, 330, y + 98, { size: 9 });
};
