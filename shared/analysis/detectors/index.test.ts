import { describe, expect, it } from 'vitest';
import { SINGLE_CASE_ANOMALIES } from '../anomaly-kinds';
import { detectCase } from './index';
import { BOLD, CASE, cst, DAY, page, pdf, photo, runsInRow } from './test-fixtures';

/** A clean repair invoice of the case: dated after the loss, rows adding up, the claimant as buyer. */
const cleanInvoice = () =>
  pdf(
    page([
      [[200, '上海增值税电子普通发票']],
      [[340, '开票日期：2026年10月31日']],
      [[60, '购买方名称：张伟']],
      [
        [60, '货物或应税劳务、服务名称'],
        [511, '金额'],
      ],
      [
        [60, '前保险杠总成'],
        [490, '10000.00'],
      ],
      [
        [60, '维修工时费'],
        [490, '2345.67'],
      ],
      [
        [56, '价税合计（大写）：壹万贰仟叁佰肆拾伍元陆角柒分'],
        [400, '（小写）¥12345.67'],
      ],
    ]),
    {
      documentId: 'invoice',
      docType: 'repair-invoice',
      info: {
        creationDate: cst(2026, 10, 31, 10),
        modDate: cst(2026, 10, 31, 10),
        producer: 'iText 5.5.13',
        creator: null,
      },
    },
  );

describe('detectCase', () => {
  it('finds nothing on a clean case', () => {
    expect(detectCase([cleanInvoice(), photo()], CASE)).toEqual([]);
  });

  it('runs every kind of single-case detector', () => {
    const tampered = cleanInvoice();
    tampered.runs.push(...runsInRow([['¥'], ['9', BOLD], ['9.00']], 56, 400));
    tampered.info = {
      creationDate: cst(2026, 9, 1),
      modDate: cst(2026, 11, 1),
      producer: 'Adobe Photoshop',
      creator: null,
    };
    tampered.incrementalUpdates = 2;
    const dated = pdf(
      page([
        [[200, '增值税电子普通发票']],
        [[340, '开票日期：2025年12月1日']],
        [[56, '户名：王强']],
        [[56, `证件号码：310101198503141230`]],
        [
          [60, '项目名称'],
          [511, '金额'],
        ],
        [
          [60, '工时费'],
          [490, '100.00'],
        ],
        [[400, '合计：¥200.00']],
      ]),
      { documentId: 'other', docType: 'repair-invoice' },
    );
    const c = { ...CASE, policyStart: CASE.lossAt - 3 * DAY, policyEnd: CASE.lossAt + 3 * DAY };
    const photos = [
      photo({ documentId: 'late', takenAt: CASE.reportedAt + 5 * DAY }),
      photo({ documentId: 'early', takenAt: CASE.lossAt - 60 * DAY }),
      photo({ documentId: 'far', latitude: 39.9 }),
      photo({ documentId: 'bare', hasExif: false, takenAt: null, latitude: null, longitude: null }),
    ];
    const kinds = new Set(detectCase([tampered, dated, ...photos], c).map((f) => f.kind));
    expect([...kinds].sort()).toEqual([...SINGLE_CASE_ANOMALIES].sort());
  });
});
