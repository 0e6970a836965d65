import { describe, expect, it } from 'vitest';
import { formatFen } from '@shared/lib/money';
import type { DecisionNotice, NoticeLanguage } from './decision-notice-model';
import { NOTICE_LABELS } from './notice-labels';
import { renderDecisionNotice } from './render-decision-notice';
import { extract, squash, type ExtractedPdf } from './testing/extract-pdf-text';
import {
  sampleDenialNotice,
  sampleManyStepsNotice,
  sampleMedicalNotice,
  samplePartialAutoNotice,
} from './sample-notices';

const money = (fen: number, language: NoticeLanguage) =>
  squash(formatFen(fen, NOTICE_LABELS[language].moneyLocale));
const digits = (account: string) => account.replace(/\D/g, '');

/** What every notice must say, whatever its decision. */
function expectEssentials(pdf: ExtractedPdf, notice: DecisionNotice, language: NoticeLanguage) {
  const labels = NOTICE_LABELS[language];
  expect(pdf.flat).toContain(squash(labels.title));
  expect(pdf.flat).toContain(notice.caseNumber);
  expect(pdf.flat).toContain(notice.policyNumber);
  expect(pdf.flat).toContain(squash(labels.decisions[notice.decision]));
  expect(pdf.flat).toContain(squash(notice.conclusion[language]));
  expect(pdf.flat).toContain(squash(`${labels.payable}`));
  expect(pdf.flat).toContain(money(notice.payableFen, language));
  for (const step of notice.steps) {
    expect(pdf.flat).toContain(squash(step.text[language]));
    expect(pdf.flat).toContain(squash(step.clause));
    expect(pdf.flat).toContain(money(step.amountFen, language));
  }
  const [year, month, day] = notice.objection.deadlineDate.split('-').map(Number);
  expect(pdf.flat).toContain(squash(labels.date(year ?? 0, month ?? 0, day ?? 0)));
  expect(pdf.flat).toContain(squash(notice.objection.channel[language]));
  if (notice.payee) {
    const account = digits(notice.payee.account);
    expect(pdf.flat).toContain(`****${account.slice(-4)}`);
    expect(pdf.flat).not.toContain(account);
    // Not even the issuer prefix (the first digits of a bank card).
    expect(pdf.flat).not.toContain(account.slice(0, 6));
  }
  expect(pdf.size).toEqual([0, 0, 595.28, 841.89]);
  pdf.pages.forEach((page, index) => {
    expect(squash(page)).toContain(squash(labels.pageOf(index + 1, pdf.pages.length)));
  });
}

describe('renderDecisionNotice', () => {
  it('prints an approved MEDICAL notice from the real calculator, in Chinese', async () => {
    const notice = sampleMedicalNotice();
    expect(notice.payableFen).toBe(3_965_000);
    const bytes = await renderDecisionNotice(notice, 'zh-CN');
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.byteLength).toBeLessThan(200 * 1024);
    // Nor anywhere in the file's bytes (metadata is stored uncompressed).
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(
      digits(notice.payee?.account ?? ''),
    );

    const pdf = await extract(bytes);
    expectEssentials(pdf, notice, 'zh-CN');
    expect(pdf.flat).toContain('¥39,650.00');
    expect(pdf.flat).toContain('2026年5月4日');
    expect(pdf.flat).toContain('****0123');
    expect(pdf.flat).toContain('理算过程');
    // Deductions derived from the steps: the annual deductible used now and the excluded items.
    expect(pdf.flat).toContain('免赔额医疗保险条款·年免赔额¥5,800.00');
    expect(pdf.flat).toContain('责任免除医疗保险条款·责任免除¥1,250.00');
    expect(pdf.flat).toContain('赔付比例医疗保险条款·赔付比例100%');
  });

  it('prints the same notice fully in English', async () => {
    const notice = sampleMedicalNotice();
    const pdf = await extract(await renderDecisionNotice(notice, 'en'));
    expectEssentials(pdf, notice, 'en');
    expect(pdf.flat).toContain('CN¥39,650.00');
    expect(pdf.flat).toContain(squash('4 May 2026'));
    expect(pdf.flat).toContain(squash('How the amount was calculated'));
    expect(pdf.flat).toContain(squash('Page 1 of'));
    // Our own wording is translated; only quoted clause names stay Chinese.
    expect(pdf.flat).not.toContain('理算过程');
    expect(pdf.flat).not.toContain('尊敬的');
    // Curly quotes are drawn full-width by a CJK font: the English notice prints plain ones.
    expect(pdf.pages.join('')).not.toMatch(/[‘’“”]/);
  });

  it('prints a partial AUTO notice with its ratio and deductible', async () => {
    const notice = samplePartialAutoNotice();
    for (const language of ['zh-CN', 'en'] as const) {
      const pdf = await extract(await renderDecisionNotice(notice, language));
      expectEssentials(pdf, notice, language);
      expect(pdf.flat).toContain(money(3_868_000, language));
    }
    const zh = await extract(await renderDecisionNotice(notice, 'zh-CN'));
    expect(zh.flat).toContain('部分赔付');
    expect(zh.flat).toContain('赔付比例机动车商业保险示范条款（2020版）第三者责任保险70%');
    expect(zh.flat).toContain('免赔额保单特别约定第3条¥500.00');
    expect(zh.flat).toContain('****7890');
  });

  it('prints a denial with its clause, plain explanation and refund', async () => {
    const notice = sampleDenialNotice();
    expect(notice.payableFen).toBe(0);
    for (const language of ['zh-CN', 'en'] as const) {
      const pdf = await extract(await renderDecisionNotice(notice, language));
      expectEssentials(pdf, notice, language);
      const labels = NOTICE_LABELS[language];
      expect(pdf.flat).toContain(squash(labels.denialHeading));
      expect(pdf.flat).toContain(squash(notice.denial?.clause ?? '(no clause)'));
      expect(pdf.flat).toContain(squash(notice.denial?.explanation[language] ?? '(none)'));
      expect(pdf.flat).toContain(squash(labels.refund) + money(1_260_000, language));
    }
  });

  it('breaks a long steps table across pages, numbering every page', async () => {
    const notice = sampleManyStepsNotice(90);
    expect(notice.steps.length).toBe(93);
    const bytes = await renderDecisionNotice(notice, 'zh-CN');
    expect(bytes.byteLength).toBeLessThan(200 * 1024);
    const pdf = await extract(bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
    expectEssentials(pdf, notice, 'zh-CN');
    // The header row repeats on each page the table continues on.
    const continued = pdf.pages.slice(1).filter((page) => squash(page).includes('序号计算说明'));
    expect(continued.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses malformed input before drawing anything', async () => {
    const notice = { ...sampleMedicalNotice(), payableFen: -100 };
    await expect(renderDecisionNotice(notice, 'zh-CN')).rejects.toThrow(
      /payableFen: must not be negative/,
    );
  });

  it('refuses a character the font cannot print rather than printing a blank box', async () => {
    const notice = { ...sampleMedicalNotice(), customerName: '王晓明😀' };
    await expect(renderDecisionNotice(notice, 'zh-CN')).rejects.toThrow(/no glyph for U\+1F600/);
  });
});
