import type { Region, Severity } from '../anomaly-kinds';
import type { CaseFacts, Finding, PdfFacts } from '../facts';
import { type DocumentDetector, finding } from './finding';
import { linesOf, regionOf } from './layout';
import { printedResidentIds } from './resident-ids';

/**
 * Names and ID numbers a document gives for the claimant: the applicant,
 * the insured, the patient, the payer of a medical bill, the buyer on a
 * repair invoice, the account holder of the payee card. Someone else's
 * papers, or papers with the name changed, do not support this claim.
 * Names printed for other people (the deceased, a beneficiary, a third
 * party, a doctor) are not compared: their labels are not read at all.
 */
type Role = 'payee' | 'party' | 'person';

interface Label {
  pattern: string;
  role: Role;
}

const LABELS: readonly Label[] = [
  { pattern: '户名|账户名称|账户名|开户名|持卡人', role: 'payee' },
  // An accident certificate names every party; the claimant need be only one of them.
  { pattern: '当事人', role: 'party' },
  {
    pattern:
      '申请人(?:姓名|签名|签字)?|被保险人(?:姓名|名称)?|患者姓名|病人姓名|就诊人(?:姓名)?|患者|姓\\s*名|交款人|缴款人|购买方名称|购方名称',
    role: 'person',
  },
];

/**
 * A label must start a field: not preceded by another CJK character (so
 * 死者姓名 and 医师姓名 are not 姓名), and it must be followed by a colon or
 * a gap (so 被保险人毛某在… in a narrative is no field).
 */
const FIELD = new RegExp(
  String.raw`(?<![\u4e00-\u9fff])(${LABELS.map((l) => l.pattern).join('|')})` +
    String.raw`(?:[（(](?:盖章|签章|签字|签名)[）)])?(?:\s*[：:]\s*|\s+)([^\s：:，,。；;]+)`,
  'gu',
);
/** Labels of the next field, when a producer prints it without a gap. */
const NEXT_FIELD = /(性别|年龄|科室|住院号|门诊号|民族|身份证|证件|电话|地址|日期|出生)[\s\S]*$/u;
const NAME = /^[\u4e00-\u9fff·•*＊×A-Za-z()]{2,60}$/u;
/** Insurers are billed directly for repairs; their name on an invoice is not the claimant's. */
const INSURER = /保险/u;
const MASK = /[*＊×]+/u;
const ID_LABEL = /(证件号码|身份证号码|身份证号|公民身份号码|身份号码)\s*[：:]?\s*$/u;
/** Papers that print another person's ID beside the claimant's: whose number is whose is unclear. */
const OTHER_PERSON = /死者|受益人|监护人|法定代理|委托|代理人|伤者|第三者|索赔人|对方/u;

interface PrintedName {
  name: string;
  label: string;
  role: Role;
  page: number;
  region: Region | null;
}

export const nameMismatch: DocumentDetector = (doc, c) => {
  if (doc.kind !== 'pdf') return [];
  const byName = nameFinding(doc, c);
  if (byName) return [byName];
  const byId = idFinding(doc, c);
  return byId ? [byId] : [];
};

function nameFinding(doc: PdfFacts, c: CaseFacts): Finding | null {
  const names = printedNames(doc);
  const parties = names.filter((n) => n.role === 'party');
  const partyMatches = parties.some((n) => sameName(n.name, c.claimant.name));
  const wrong = names.find(
    (n) => !(n.role === 'party' && partyMatches) && !sameName(n.name, c.claimant.name),
  );
  if (!wrong) return null;
  const severity: Severity = wrong.role === 'payee' ? 'high' : 'medium';
  return finding(
    'name-mismatch',
    severity,
    doc.documentId,
    wrong,
    { label: wrong.label, printedName: wrong.name, claimantName: c.claimant.name },
    `单证上“${wrong.label}”为“${wrong.name}”，与申请人“${c.claimant.name}”不符：` +
      (wrong.role === 'payee'
        ? '赔款将付给他人，需核实授权委托。'
        : '这份单证可能属于他人，或姓名被改动过；如为监护人代为申请，请核实关系证明。'),
    `The document gives “${wrong.name}” as ${roleEn(wrong)} (“${wrong.label}”), not the claimant ` +
      `“${c.claimant.name}”: ` +
      (wrong.role === 'payee'
        ? 'the payment would go to someone else; check for a power of attorney.'
        : 'the paper may be someone else’s or the name was changed; if a guardian claims for them, check the proof of relationship.'),
  );
}

function idFinding(doc: PdfFacts, c: CaseFacts): Finding | null {
  const claimantId = c.claimant.idNumber?.trim().toUpperCase() ?? '';
  if (!/^\d{17}[\dX]$/u.test(claimantId)) return null;
  if (linesOf(doc).some((l) => OTHER_PERSON.test(l.text))) return null;
  // A number differing only in its check character is resident-id-checksum's finding.
  const wrong = printedResidentIds(doc, c.reportedAt).find(
    (p) => ID_LABEL.test(p.before) && p.id.slice(0, 17) !== claimantId.slice(0, 17),
  );
  if (!wrong) return null;
  return finding(
    'name-mismatch',
    'high',
    doc.documentId,
    wrong,
    { printedIdNumber: wrong.id, claimantIdNumber: claimantId },
    `单证上的身份证号码 ${wrong.id} 与申请人的证件号码 ${claimantId} 不同：这份单证可能属于他人，或号码被改动过。`,
    `The document's ID number ${wrong.id} is not the claimant's (${claimantId}): the paper may be ` +
      'someone else’s, or the number was changed.',
  );
}

function printedNames(doc: PdfFacts): PrintedName[] {
  const found: PrintedName[] = [];
  for (const line of linesOf(doc)) {
    for (const match of line.text.matchAll(FIELD)) {
      const label = (match[1] ?? '').replace(/\s/gu, '');
      const raw = match[2] ?? '';
      const name = raw.replace(NEXT_FIELD, '').replace(/[（(][^）)]*[）)]$/u, '');
      if (!NAME.test(normalise(name)) || INSURER.test(name)) continue;
      const start = (match.index ?? 0) + match[0].length - raw.length;
      found.push({
        name,
        label,
        role: roleOf(label),
        page: line.page,
        region: regionOf(line, start, start + name.length),
      });
    }
  }
  return found;
}

function roleOf(label: string): Role {
  return LABELS.find((l) => new RegExp(`^(?:${l.pattern})$`, 'u').test(label))?.role ?? 'person';
}

function roleEn(name: PrintedName): string {
  if (name.role === 'payee') return 'the account holder';
  if (name.role === 'party') return 'the party to the accident';
  return 'the person it is about';
}

/** Equal once spacing and bracket width are ignored; a masked name (张*) matches what it could hide. */
export function sameName(printed: string, claimant: string): boolean {
  const a = normalise(printed);
  const b = normalise(claimant);
  if (a === b) return true;
  if (!MASK.test(a)) return false;
  const pattern = a
    .split(/[*＊×]+/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('.+');
  return new RegExp(`^${pattern}$`, 'u').test(b);
}

function normalise(name: string): string {
  return name
    .replace(/\s|[·•]/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}
