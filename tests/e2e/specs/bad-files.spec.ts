import { expect, test } from '@playwright/test';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, casesOf } from '../support/demo-cases';

test('an empty file is refused and a damaged PDF is named, while the rest of the case keeps working', async ({
  page,
}) => {
  const token = await apiToken(page.request, 'adj.south1');
  const claim = (await casesOf(page.request, token)).find(
    (c) => c.assigneeId === 'user-adj-south1',
  );
  expect(claim, 'adj.south1 holds a case').toBeDefined();

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  const viewer = new DocumentViewer(page);
  await signIn.open();
  await signIn.signInAsDemoUser('adj.south1');
  await workspace.open(claim?.id ?? '');

  await workspace.attachRefused({
    name: 'empty.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(0),
  });
  await expect(workspace.attachProblems()).toContainText('empty.pdf：文件为空（0 字节）');

  // A PDF header over torn bytes: accepted as a file, unreadable as a document.
  const torn = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('撕坏的发票'.repeat(200))]);
  await workspace.attach({ name: 'torn-invoice.pdf', mimeType: 'application/pdf', buffer: torn });
  expect(await workspace.prereview()).toContain('torn-invoice.pdf');
  await expect(workspace.problemOn('torn-invoice.pdf')).toHaveText('文件已损坏或不是 PDF');

  await workspace
    .documents()
    .filter({ hasText: 'torn-invoice.pdf' })
    .getByTestId('document-open')
    .click();
  await viewer.opened();
  await expect(viewer.error()).toHaveText('无法打开此文件：文件已损坏或不是 PDF');
  await viewer.close();

  await workspace.addNote('损坏的发票已请客户重新提供');
});
