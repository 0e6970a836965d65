import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { residentIdCheckChar } from '@shared/domain/resident-id';
import { pagePicture, printedPdf, scannedPdf } from '../../analysis/scanned-paper';
import { openOwnCase } from '../support/own-case';

/** An invoice issued on 1 October, then reopened and saved in an image editor six weeks later. */
async function editedInvoice(): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('Repair invoice No. 0043   Total 8,800.00', { x: 72, y: 720, size: 14, font });
  pdf.setCreationDate(new Date('2026-10-01T09:00:00+08:00'));
  pdf.setModificationDate(new Date('2026-11-15T22:40:00+08:00'));
  pdf.setProducer('Adobe Photoshop 25.0 (Windows)');
  pdf.setCreator('Adobe Photoshop 25.0 (Windows)');
  return Buffer.from(await pdf.save({ updateFieldAppearances: false }));
}

test('the AI pre-review flags an invoice saved by an image editor, once', async ({ page }) => {
  const { workspace, viewer } = await openOwnCase(page, 'adj.east2');
  const name = 'repair-invoice-0043.pdf';
  await workspace.attach({ name, mimeType: 'application/pdf', buffer: await editedInvoice() });

  expect(await workspace.prereview()).toMatch(/新发现 [1-9]\d* 个疑点/);
  await expect(workspace.flagsOn(name)).toContainText(/疑点 [1-9]/);

  await viewer.open(workspace.documents(), name);
  await expect(viewer.flags().filter({ hasText: 'PDF 由编辑软件保存' })).toContainText(
    'Adobe Photoshop',
  );
  await expect(viewer.flags().filter({ hasText: 'PDF 在开具后被修改' })).toBeVisible();
  await viewer.close();

  // A second check finds the same things and raises nothing new.
  expect(await workspace.prereview()).toContain('新发现 0 个疑点');
});

/** An ID card copy whose number's last character is wrong, as printed. */
async function idCopy(): Promise<{ printed: Uint8Array; idNumber: string }> {
  const body = '11010519850612357';
  const right = residentIdCheckChar(body);
  const idNumber = `${body}${right === '1' ? '2' : '1'}`;
  const printed = await printedPdf([
    [
      { text: '居民身份证复印件', x: 190, top: 100, size: 24 },
      { text: '姓名 王建国', x: 72, top: 170, size: 16 },
      { text: `公民身份号码 ${idNumber}`, x: 72, top: 210, size: 16 },
    ],
  ]);
  return { printed, idNumber };
}

/** A copy-shop scan of the ID copy: no text layer. */
async function scannedIdCopy(): Promise<{ pdf: Buffer; idNumber: string }> {
  const { printed, idNumber } = await idCopy();
  return { pdf: Buffer.from(await scannedPdf(printed)), idNumber };
}

/** The ID copy photographed, as a picture file. */
async function photographedIdCopy(): Promise<{ png: Buffer; idNumber: string }> {
  const { printed, idNumber } = await idCopy();
  return { png: Buffer.from(await pagePicture(printed)), idNumber };
}

test('a scanned paper is read by OCR, and the ID number on it is checked', async ({ page }) => {
  test.slow();
  const { pdf, idNumber } = await scannedIdCopy();
  const { workspace, viewer } = await openOwnCase(page, 'adj.south1');
  const name = '身份证复印件-扫描.pdf';
  await workspace.attach({ name, mimeType: 'application/pdf', buffer: pdf });

  const report = await workspace.prereview();
  expect(report).toMatch(/新发现 [1-9]\d* 个疑点/);
  expect(report).not.toContain('缺少文字识别');

  await viewer.openScan(workspace.documents(), name);
  const flag = viewer.flags().filter({ hasText: idNumber });
  await expect(flag).toContainText('GB 11643');
  await flag.click();
  // The region OCR found the number at is drawn on the scan.
  await expect(viewer.pages().first().getByTestId('flag-region')).toBeVisible();
  await viewer.close();
});

test('a photographed paper of a confirmed type is read by OCR, and the flag is drawn on the photo', async ({
  page,
}) => {
  test.slow();
  const { png, idNumber } = await photographedIdCopy();
  const { workspace, viewer } = await openOwnCase(page, 'adj.north1');
  const name = '身份证复印件-拍照.png';
  await workspace.attach({ name, mimeType: 'image/png', buffer: png });
  // Only a photo the adjuster says is a paper is read: scene photos have nothing printed.
  await workspace.confirmType(name, '身份证');

  expect(await workspace.prereview()).toMatch(/新发现 [1-9]\d* 个疑点/);
  await workspace.documents().filter({ hasText: name }).getByTestId('document-open').click();
  await viewer.opened();
  await viewer.image().waitFor();
  await expect(viewer.flags().filter({ hasText: 'GB 11643' })).toContainText(idNumber);
  // Drawn over the number on the photo (the name check points at the same number).
  await expect(viewer.root().getByTestId('flag-region').first()).toBeVisible();
  await viewer.close();
});
