import type { Region } from '../anomaly-kinds';
import type { PdfFacts } from '../facts';
import { isValidResidentId, residentIdCheckChar } from '../../domain/resident-id';
import { cstMidnight } from './china-time';
import { type DocumentDetector, finding } from './finding';
import { linesOf, regionOf } from './layout';

/**
 * 18-character resident identity numbers printed on a document. Bank
 * cards run 16 or 19 digits and invoice numbers 8 or 20, but an 18-digit
 * string can still be something else (an enterprise's credit code, an
 * order number), so only numbers shaped like a resident ID are taken:
 * a province code, then a real birth date.
 */
export interface PrintedId {
  id: string;
  page: number;
  region: Region | null;
  /** The text just before the number on its line, where its label is. */
  before: string;
}

const ID = /(?<![\dA-Za-z])(\d{6})(\d{4})(\d{2})(\d{2})(\d{3})([\dXx])(?![\dA-Za-z])/gu;
/** GB/T 2260 province-level codes. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);
const EARLIEST_BIRTH_YEAR = 1900;

export function printedResidentIds(doc: PdfFacts, notAfter: number): PrintedId[] {
  const found: PrintedId[] = [];
  for (const line of linesOf(doc)) {
    for (const match of line.text.matchAll(ID)) {
      if (!looksLikeResidentId(match, notAfter)) continue;
      const start = match.index ?? 0;
      found.push({
        id: match[0].toUpperCase(),
        page: line.page,
        region: regionOf(line, start, start + match[0].length),
        before: line.text.slice(0, start),
      });
    }
  }
  return found;
}

function looksLikeResidentId(match: RegExpMatchArray, notAfter: number): boolean {
  const [, area = '', year = '', month = '', day = ''] = match;
  if (!PROVINCES.has(Number(area.slice(0, 2)))) return false;
  const born = cstMidnight(Number(year), Number(month), Number(day));
  return born !== null && Number(year) >= EARLIEST_BIRTH_YEAR && born <= notAfter;
}

/**
 * GB 11643's last character checks the other seventeen. A number that
 * fails was mistyped, made up, or edited: the person it names cannot be
 * confirmed from it.
 */
export const residentIdChecksum: DocumentDetector = (doc, c) => {
  if (doc.kind !== 'pdf') return [];
  const seen = new Set<string>();
  return printedResidentIds(doc, c.reportedAt).flatMap((printed) => {
    const key = `${printed.page}|${printed.id}`;
    if (isValidResidentId(printed.id) || seen.has(key)) return [];
    seen.add(key);
    const expected = residentIdCheckChar(printed.id.slice(0, 17));
    const shown = printed.id.slice(17);
    return [
      finding(
        'resident-id-checksum',
        'high',
        doc.documentId,
        printed,
        { printedIdNumber: printed.id, printedCheckChar: shown, expectedCheckChar: expected },
        `身份证号码 ${printed.id} 的校验位是“${shown}”，按国家标准 GB 11643 应为“${expected}”：` +
          '这不是一个有效的身份证号码，可能是填错、编造或被改动过。',
        `Resident ID ${printed.id} ends in “${shown}” but its check character under GB 11643 ` +
          `should be “${expected}”: it is not a valid ID number; it was mistyped, made up or altered.`,
      ),
    ];
  });
};
