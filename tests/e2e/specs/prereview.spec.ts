import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, casesOf } from '../support/demo-cases';

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
  const token = await apiToken(page.request, 'adj.east2');
  const claim = (await casesOf(page.request, token)).find((c) => c.assigneeId === 'user-adj-east2');
  expect(claim, 'adj.east2 holds a case').toBeDefined();

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  const viewer = new DocumentViewer(page);
  await signIn.open();
  await signIn.signInAsDemoUser('adj.east2');
  await workspace.open(claim?.id ?? '');
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
