import { describe, expect, it } from 'vitest';
import { pdfEditingProducer, pdfIncrementalUpdate, pdfModifiedAfterCreation } from './pdf-metadata';
import { CASE, cst, DAY, pdf } from './test-fixtures';

const created = cst(2026, 10, 30, 10);
const withInfo = (info: Partial<ReturnType<typeof pdf>['info']>) =>
  pdf([], {
    info: { creationDate: created, modDate: created, producer: null, creator: null, ...info },
  });

describe('PDF modified after creation', () => {
  it.each([
    ['saved once', created, null],
    ['signed an hour later', created + DAY / 24, null],
    ['exactly a day later', created + DAY, null],
    ['a minute over a day later', created + DAY + 60_000, 'medium'],
    ['months later', created + 90 * DAY, 'high'],
    ['with no modification date', null, null],
  ])('%s: %s', (_what, modDate, severity) => {
    expect(pdfModifiedAfterCreation(withInfo({ modDate }), CASE)[0]?.severity ?? null).toBe(
      severity,
    );
  });

  it('gives both dates in China time', () => {
    const [f] = pdfModifiedAfterCreation(withInfo({ modDate: created + 40 * DAY }), CASE);
    expect(f?.evidence).toMatchObject({
      creationDate: '2026-10-30 10:00',
      modDate: '2026-12-09 10:00',
      daysBetween: 40,
    });
    expect(f?.page).toBeNull();
  });
});

describe('PDF saved by an editing tool', () => {
  it.each([
    'Adobe Photoshop 25.0 (Windows)',
    'Adobe Acrobat Pro DC 23.8.20470',
    'Adobe Acrobat Pro DC (32-bit) 21.1.20155',
    'Adobe Acrobat Standard 2020',
    'PDF-XChange Editor 9.5.366.0',
    'Foxit PhantomPDF 10.1.0.37527',
    'Foxit PDF Editor Pro 12.1',
    '福昕PDF编辑器 12.1.2.15332',
    '福昕高级PDF编辑器',
    '万兴PDF专家 9.5.7',
    'Wondershare PDFelement',
    'WPS PDF 11.1',
    'iLovePDF',
    'Smallpdf.com',
    'Sejda PDF Desktop',
    'Nitro Pro 13',
  ])('flags %s', (producer) => {
    expect(pdfEditingProducer(withInfo({ producer }), CASE)).toHaveLength(1);
  });

  it.each([
    'iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)',
    '全国统一电子发票服务平台 v2.1',
    'Acrobat Distiller 11.0 (Windows)',
    'Adobe PDF Library 15.0',
    'Acrobat PDFMaker 21 for Word',
    'Foxit Reader PDF Printer Version 9.7',
    'PDF-XChange Standard 8.0',
    'Microsoft: Print To PDF',
    'WPS 文字',
    'Canon iR-ADV C5535 PDF',
    'HP Scan 49.1',
  ])('leaves the issuing or printing tool %s alone', (producer) => {
    expect(pdfEditingProducer(withInfo({ producer, creator: producer }), CASE)).toEqual([]);
  });

  it('reads the creator when the producer is an ordinary library', () => {
    const [f] = pdfEditingProducer(
      withInfo({ producer: 'Adobe PDF Library 15.0', creator: 'Adobe Photoshop 25.0' }),
      CASE,
    );
    expect(f?.severity).toBe('high');
    expect(f?.evidence).toMatchObject({ tool: 'Adobe Photoshop', field: 'Creator' });
  });
});

describe('PDF with incremental updates', () => {
  it.each([
    [0, null],
    [1, 'low'],
    [2, 'medium'],
  ])('%i appended revisions: %s', (incrementalUpdates, severity) => {
    expect(pdfIncrementalUpdate(pdf([], { incrementalUpdates }), CASE)[0]?.severity ?? null).toBe(
      severity,
    );
  });
});
