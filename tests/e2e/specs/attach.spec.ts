import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CaseWorkspace } from '../pages/case-workspace';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, casesOf } from '../support/demo-cases';

/** A one-pixel PNG, as a pasted screenshot would arrive. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('files arrive by drag-and-drop and by paste, and upload', async ({ page }) => {
  const token = await apiToken(page.request, 'adj.north1');
  const claim = (await casesOf(page.request, token)).find(
    (c) => c.assigneeId === 'user-adj-north1',
  );
  expect(claim, 'adj.north1 holds a case').toBeDefined();
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText('Loss assessment', { font: await pdf.embedFont(StandardFonts.Helvetica) });

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  await signIn.open();
  await signIn.signInAsDemoUser('adj.north1');
  await workspace.open(claim?.id ?? '');

  await workspace.drop({
    name: 'loss-assessment.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(await pdf.save()),
  });
  await workspace.paste({ name: 'wechat-screenshot.png', mimeType: 'image/png', buffer: PNG });
  for (const name of ['loss-assessment.pdf', 'wechat-screenshot.png'])
    await expect(workspace.documents().filter({ hasText: name })).toContainText('已上传');
});
