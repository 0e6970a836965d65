import { expect, test } from '@playwright/test';
import { openOwnCase } from '../support/own-case';

test('an empty file is refused and a damaged PDF is named, while the rest of the case keeps working', async ({
  page,
}) => {
  const { workspace, viewer } = await openOwnCase(page, 'adj.south1');

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
