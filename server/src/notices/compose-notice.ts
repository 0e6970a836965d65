import type { Step } from '@shared/calc/result';
import { maskAccount } from '@shared/lib/masking';
import { formatFen } from '@shared/lib/money';
import type { DecisionNotice, Deduction, NoticeLanguage } from './decision-notice-model';
import { NOTICE_LABELS } from './notice-labels';

/**
 * Everything the notice prints, as final strings in one language. Composing
 * before drawing lets the renderer subset the font to exactly these
 * characters, and keeps wording testable without a PDF.
 */

export interface NoticeTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface NoticeContent {
  language: NoticeLanguage;
  title: string;
  salutation: string;
  intro: string;
  header: readonly (readonly [label: string, value: string])[];
  decision: { heading: string; conclusion: string };
  amount: { label: string; value: string; refund?: readonly [label: string, value: string] };
  denial?: { heading: string; rows: readonly (readonly [label: string, value: string])[] };
  steps?: { heading: string; table: NoticeTable; note?: string };
  basis: {
    heading: string;
    clausesLabel: string;
    clauses: readonly string[];
    deductionsLabel: string;
    deductions: NoticeTable;
    none: string;
  };
  payee?: { heading: string; rows: readonly (readonly [label: string, value: string])[] };
  objection: { heading: string; paragraph: string };
  signature: readonly [insurer: string, date: string];
  footer: { left: string; pageOf: (page: number, total: number) => string };
}

/** Deductibles, ratios and exclusions as the steps applied them, in order. */
export function deriveDeductions(steps: readonly Step[]): Deduction[] {
  const deductions: Deduction[] = [];
  let previousFen = 0;
  for (const step of steps) {
    const clause = step.clause;
    const takenFen = Math.max(0, previousFen - step.amountFen);
    // A deductible rate is applied as a ratio of the remainder, but it is still a deductible.
    if (step.ruleId.includes('deductible')) {
      deductions.push({ kind: 'deductible', clause, amountFen: takenFen });
    } else if (step.op === 'subtract' && step.ruleId.endsWith('excluded-items')) {
      deductions.push({ kind: 'excluded', clause, amountFen: takenFen });
    } else if (step.op === 'exclude') {
      deductions.push({ kind: 'excluded', clause, amountFen: takenFen });
    } else if (step.op === 'ratio') {
      const ratioBp = step.inputs[step.operands[0] ?? ''];
      if (typeof ratioBp === 'number') deductions.push({ kind: 'ratio', clause, ratioBp });
    } else if (step.op === 'prorate') {
      const [numerator, denominator] = step.operands.map((name) => step.inputs[name]);
      if (typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0)
        deductions.push({
          kind: 'ratio',
          clause,
          ratioBp: Math.min(10_000, Math.round((numerator * 10_000) / denominator)),
        });
    }
    previousFen = step.amountFen;
  }
  return deductions;
}

/** The clauses in the order the notice first relies on them, without repeats. */
export function clausesReliedOn(notice: DecisionNotice): string[] {
  const clauses = notice.clauses ?? notice.steps.map((step) => step.clause);
  return [...new Set([...clauses, ...(notice.denial ? [notice.denial.clause] : [])])];
}

function formatDate(isoDate: string, language: NoticeLanguage): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return NOTICE_LABELS[language].date(year, month, day);
}

function formatBp(ratioBp: number): string {
  return `${Number((ratioBp / 100).toFixed(2))}%`;
}

const AS_SPACE = new Set([...'\t\u00a0\u2007\u2009\u202f\u3000']);
const INVISIBLE = new Set([...'\u200b\u200c\u200d\ufeff']);

/** Text from callers may carry tabs, CR or no-break spaces the font has no glyph for. */
function clean(text: string): string {
  let cleaned = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (AS_SPACE.has(char)) cleaned += ' ';
    else if (char === '\n' || !(code < 0x20 || code === 0x7f || INVISIBLE.has(char)))
      cleaned += char;
  }
  return cleaned;
}

/** Applies `fix` to every string in the composed content (functions are left alone). */
function mapStrings<T>(value: T, fix: (text: string) => string): T {
  if (typeof value === 'string') return fix(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, fix)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, fix)]),
    ) as T;
  return value;
}

/** A CJK font draws curly quotes full-width, which reads as a gap in English text. */
const asciiQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

export function composeNotice(notice: DecisionNotice, language: NoticeLanguage): NoticeContent {
  const labels = NOTICE_LABELS[language];
  const money = (fen: number) => formatFen(fen, labels.moneyLocale);
  const date = formatDate(notice.decisionDate, language);

  const deductions = notice.deductions ?? deriveDeductions(notice.steps);
  const refund = notice.refundFen ? ([labels.refund, money(notice.refundFen)] as const) : undefined;

  const content: NoticeContent = {
    language,
    title: labels.title,
    salutation: labels.salutation(notice.customerName),
    intro: labels.intro(notice.policyNumber, notice.caseNumber),
    header: [
      [labels.caseNumber, notice.caseNumber],
      [labels.policyNumber, notice.policyNumber],
      [labels.customer, notice.customerName],
      [labels.line, labels.lines[notice.line]],
      [labels.insurer, notice.insurerName],
      [labels.decisionDate, date],
    ],
    decision: {
      heading: labels.decisionHeading(labels.decisions[notice.decision]),
      conclusion: notice.conclusion[language],
    },
    amount: { label: labels.payable, value: money(notice.payableFen), ...(refund && { refund }) },
    ...(notice.denial && {
      denial: {
        heading: labels.denialHeading,
        rows: [
          [labels.denialClause, notice.denial.clause],
          [labels.denialExplanation, notice.denial.explanation[language]],
        ],
      },
    }),
    ...(notice.steps.length > 0 && {
      steps: {
        heading: labels.stepsHeading,
        table: {
          columns: labels.stepColumns,
          rows: notice.steps.map((step, index) => [
            String(index + 1),
            step.text[language],
            step.clause,
            money(step.amountFen),
          ]),
        },
        ...(notice.catalogueVersion && {
          note: labels.catalogueVersion(notice.catalogueVersion),
        }),
      },
    }),
    basis: {
      heading: labels.basisHeading,
      clausesLabel: labels.clauses,
      clauses: clausesReliedOn(notice),
      deductionsLabel: labels.deductions,
      deductions: {
        columns: labels.deductionColumns,
        rows: deductions.map((deduction) => [
          labels.deductionKinds[deduction.kind],
          deduction.clause,
          deduction.kind === 'ratio'
            ? formatBp(deduction.ratioBp ?? 0)
            : money(deduction.amountFen ?? 0),
        ]),
      },
      none: labels.none,
    },
    ...(notice.payee && {
      payee: {
        heading: labels.payeeHeading,
        rows: [
          [labels.payeeName, notice.payee.name],
          ...(notice.payee.bankName ? [[labels.bankName, notice.payee.bankName] as const] : []),
          [labels.account, maskAccount(notice.payee.account)],
        ],
      },
    }),
    objection: {
      heading: labels.objectionHeading,
      paragraph: labels.objection(
        formatDate(notice.objection.deadlineDate, language),
        notice.objection.channel[language],
      ),
    },
    signature: [notice.insurerName, date],
    footer: {
      left: `${notice.insurerName}  ${labels.caseNumber} ${notice.caseNumber}`,
      pageOf: (page, total) => clean(labels.pageOf(page, total)),
    },
  };
  const cleaned = mapStrings(content, clean);
  return language === 'en' ? mapStrings(cleaned, asciiQuotes) : cleaned;
}

export function noticeCharacters(content: NoticeContent): Set<string> {
  const chars = new Set<string>('0123456789');
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const char of value) chars.add(char);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(content);
  visit(content.footer.pageOf(1, 1));
  chars.delete('\n');
  return chars;
}
