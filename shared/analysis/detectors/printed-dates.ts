import type { Region } from '../anomaly-kinds';
import type { PdfFacts } from '../facts';
import { cstMidnight } from './china-time';
import { type LayoutLine, linesOf, regionOf } from './layout';

/** A date printed on a document, with the label that says what it is the date of. */
export interface PrintedDate {
  /** 00:00 China time of the printed day. */
  at: number;
  /** As printed, e.g. "2026年10月29日". */
  text: string;
  /** The label it follows, e.g. "开票日期"; "落款" for a date standing alone on its line. */
  label: string;
  page: number;
  region: Region | null;
}

/**
 * 2026年10月29日, 2026-10-29, 2026/10/29 and 2026.10.29. The separator must
 * repeat, so an amount such as 2026.10 is not read as a date.
 */
const DATE =
  /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})\4(\d{1,2})(?!\d))/gu;
/** The word right before a value: the label, when the value is labelled. */
const LABEL_BEFORE = /([\u4e00-\u9fff]{1,10})\s*[：:]?\s*$/u;
/** Only these name a date; 出生 and 有效期限 are left alone by construction. */
const DATE_LABEL = /(日期|时间)$/u;
/** A date after 至 continues the range the label before it opened: 住院时间：A至B. */
const RANGE_BEFORE = /(至|到|~|～|—|－|-)\s*$/u;
/** Dates that are not about this claim: birth, identity card validity, the policy itself. */
const NOT_CLAIM_DATES = /出生|有效|期限|起保|终保|保险期|生效|到期|满期/u;
/** What may follow a date on its own line: a time of day. */
const TIME_AFTER = /^\s*(\d{1,2}\s*时(\s*\d{1,2}\s*分)?|\d{1,2}:\d{2}(:\d{2})?)?\s*$/u;

export function printedDates(doc: PdfFacts): PrintedDate[] {
  return linesOf(doc).flatMap(datesOnLine);
}

export function datesOnLine(line: LayoutLine): PrintedDate[] {
  const found: PrintedDate[] = [];
  let previous: { end: number; label: string } | null = null;
  for (const match of line.text.matchAll(DATE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const at = dateValue(match);
    const label: string | null = at === null ? null : labelFor(line.text, start, end, previous);
    if (at !== null && label !== null && !NOT_CLAIM_DATES.test(label)) {
      found.push({
        at,
        text: match[0],
        label,
        page: line.page,
        region: regionOf(line, start, end),
      });
    }
    previous = label === null ? null : { end, label };
  }
  return found;
}

function dateValue(match: RegExpMatchArray): number | null {
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[5]);
  const day = Number(match[3] ?? match[6]);
  return cstMidnight(year, month, day);
}

function labelFor(
  text: string,
  start: number,
  end: number,
  previous: { end: number; label: string } | null,
): string | null {
  const before = text.slice(0, start);
  if (previous && RANGE_BEFORE.test(before) && previousReaches(text, previous.end, start)) {
    return previous.label;
  }
  const label = LABEL_BEFORE.exec(before)?.[1];
  if (label && DATE_LABEL.test(label)) return label;
  // A letter or certificate ends with its date alone on a line (落款).
  if (before.trim() === '' && TIME_AFTER.test(text.slice(end))) return '落款';
  return null;
}

/** Between the previous date and this one only a time of day and the range word stand. */
function previousReaches(text: string, from: number, to: number): boolean {
  return /^\s*(\d{1,2}\s*时(\s*\d{1,2}\s*分)?|\d{1,2}:\d{2}(:\d{2})?)?\s*(至|到|~|～|—|－|-)\s*$/u.test(
    text.slice(from, to),
  );
}
