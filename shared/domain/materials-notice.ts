import type { CaseState } from './lifecycle';
import { MATERIAL_TEXTS, type NoticeLanguage } from './material-texts';
import type { MaterialCode } from './materials';

/**
 * The one-time notice of missing materials (Insurance Law art. 22): it lists
 * everything missing at once, and only one goes out per review round.
 */

/** The states a notice may be sent from: the review, or waiting on its notice (a repeat). */
export const NOTICE_STATES: ReadonlySet<CaseState> = new Set([
  'MATERIALS_REVIEW',
  'PENDING_MATERIALS',
]);

/**
 * The review round a case is in: one more each time it enters materials
 * review, so materials that arrive after a notice start a new round.
 */
export function reviewRound(
  events: readonly { kind: string; toState: CaseState | null }[],
): number {
  return events.filter((e) => e.kind === 'transition' && e.toState === 'MATERIALS_REVIEW').length;
}

export interface SentNotice {
  round: number;
  at: number;
}

/** The notice already sent in this round, if any: a second one is warned against. */
export function noticeInRound(
  notices: readonly SentNotice[],
  round: number,
): SentNotice | undefined {
  return notices.find((n) => n.round === round);
}

const WORDS = {
  'zh-CN': {
    greeting: (caseNumber: string) =>
      `您好！您的理赔案件 ${caseNumber} 经审核尚缺以下材料，请一次补齐：`,
    closing: '材料补齐后我们将立即继续审核。如有疑问，请联系您的理赔专员。',
  },
  en: {
    greeting: (caseNumber: string) =>
      `Hello. Our review of your claim ${caseNumber} found the following materials missing. Please send all of them:`,
    closing:
      'We will continue the review as soon as they arrive. If anything is unclear, please contact your claims adviser.',
  },
} as const;

/** The notice's text: every missing item with plain instructions, numbered. */
export function composeMaterialsNotice(
  caseNumber: string,
  items: readonly MaterialCode[],
  language: NoticeLanguage,
): string {
  const words = WORDS[language];
  const separator = language === 'zh-CN' ? '：' : ': ';
  const lines = items.map((code, index) => {
    const text = MATERIAL_TEXTS[code];
    return `${index + 1}. ${text.name[language]}${separator}${text.how[language]}`;
  });
  return [words.greeting(caseNumber), ...lines, words.closing].join('\n');
}
