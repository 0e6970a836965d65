import { expect, test } from '@playwright/test';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, recordsOf } from '../support/demo-cases';
import { tamperedPaper, type CaseForPapers } from '../support/tampered-papers';

test('a tampered invoice is flagged on the right page; the dismissal survives a reload and reaches the service', async ({
  page,
}) => {
  const token = await apiToken(page.request, 'adj.east1');
  const claim = (
    await recordsOf<CaseForPapers & { assigneeId: string }>(page.request, token, 'case')
  ).find((c) => c.assigneeId === 'user-adj-east1' && c.line === 'AUTO' && c.policy !== null);
  expect(claim, 'adj.east1 holds an auto claim').toBeDefined();
  if (!claim) return;
  // The repair shop's invoice, with the amount's digits retyped in another face.
  const { file, answer } = await tamperedPaper(claim, 'font-mismatch');

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  const viewer = new DocumentViewer(page);
  await signIn.open();
  await signIn.signInAsDemoUser('adj.east1');
  await workspace.open(claim.id);
  await workspace.attach({
    name: file.fileName,
    mimeType: file.mediaType,
    buffer: Buffer.from(file.bytes),
  });
  expect(await workspace.prereview()).toMatch(/新发现 [1-9]\d* 个疑点/);

  await viewer.open(workspace.documents(), file.fileName);
  const flag = viewer.flags().filter({ hasText: '文字字体与所在行不一致' });
  await expect(flag).toHaveCount(1);
  await flag.click();
  await expect(viewer.currentPage()).toContainText(`第 ${answer.page} /`);
  const onItsPage = viewer
    .pages()
    .nth((answer.page ?? 1) - 1)
    .getByTestId('flag-region');
  await expect(onItsPage).toBeVisible();

  await viewer.dismissSelected('与维修厂核对原件，金额一致');
  await expect(flag).toHaveAttribute('data-verdict', 'dismissed');
  await viewer.close();

  await page.reload();
  await viewer.open(workspace.documents(), file.fileName);
  await expect(viewer.flags().filter({ hasText: '文字字体与所在行不一致' })).toHaveAttribute(
    'data-verdict',
    'dismissed',
  );
  await expect
    .poll(async () =>
      (
        await recordsOf<{ kind: string; verdict: string; verdictReason: string | null }>(
          page.request,
          token,
          'flag',
        )
      )
        .filter(
          (f) => f.kind === 'font-mismatch' && f.verdictReason === '与维修厂核对原件，金额一致',
        )
        .map((f) => f.verdict),
    )
    .toEqual(['dismissed']);
});
