import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, casesOf, raiseFlag, recordsOf } from '../support/demo-cases';

/** A three-page repair invoice; the total on page 2 is what a detector flags. */
async function invoicePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const [i, line] of [
    'Repair invoice No. 0042',
    'Invoice total 1234.56',
    'Signed',
  ].entries()) {
    const page = pdf.addPage([595, 842]);
    page.drawText(line, { x: 72, y: 842 - 120, size: 18, font });
    page.drawText(`Page ${i + 1} of 3`, { x: 72, y: 60, size: 10, font });
  }
  return Buffer.from(await pdf.save());
}

test('an adjuster reads a file, finds the flagged total on its page and dismisses the flag with a reason', async ({
  page,
}) => {
  const token = await apiToken(page.request, 'adj.east1');
  const claim = (await casesOf(page.request, token)).find((c) => c.assigneeId === 'user-adj-east1');
  expect(claim, 'adj.east1 holds a case').toBeDefined();
  const caseId = claim?.id ?? '';

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  const viewer = new DocumentViewer(page);
  await signIn.open();
  await signIn.signInAsDemoUser('adj.east1');
  await workspace.open(caseId);
  await workspace.attach({
    name: 'repair-invoice-0042.pdf',
    mimeType: 'application/pdf',
    buffer: await invoicePdf(),
  });
  await expect(workspace.documents().filter({ hasText: 'repair-invoice-0042.pdf' })).toContainText(
    /已上传|Uploaded/,
  );

  // A detector flags the total on page 2 (72 pt from the left, 102 pt from the top).
  const documents = await recordsOf<{ id: string; fileName: string }>(
    page.request,
    token,
    'document',
  );
  const documentId = documents.find((d) => d.fileName === 'repair-invoice-0042.pdf')?.id ?? '';
  await raiseFlag(page.request, token, caseId, {
    documentId,
    page: 2,
    region: { x: 70, y: 102, width: 200, height: 22 },
    evidence: { invoiceDate: '2026-09-30', lossDate: '2026-10-29' },
  });

  await viewer.open(workspace.documents(), 'repair-invoice-0042.pdf');
  await expect(viewer.pages()).toHaveCount(3);
  await expect(viewer.flags()).toHaveCount(1);
  await expect(viewer.flags().first()).toContainText('发票日期早于出险日期');

  // N selects the flag: the viewer turns to its page and shows where it is, with the evidence.
  await viewer.press('n');
  await expect(viewer.currentPage()).toHaveText('第 2 / 3 页');
  await expect(viewer.flagRegion()).toBeVisible();
  await expect(viewer.root().getByTestId('flag-evidence')).toContainText('2026-09-30');

  await viewer.search('total');
  await expect(viewer.highlighted().first()).toHaveText('total');

  await viewer.dismissSelected('维修厂开票日期笔误，已电话核实');
  await expect(viewer.flags().first()).toHaveAttribute('data-verdict', 'dismissed');
  await expect(viewer.flags().first()).toContainText('维修厂开票日期笔误');

  // The verdict reaches the central service.
  await expect
    .poll(async () =>
      (await recordsOf<{ documentId: string; verdict: string }>(page.request, token, 'flag'))
        .filter((f) => f.documentId === documentId)
        .map((f) => f.verdict),
    )
    .toEqual(['dismissed']);
});
