import { expect, type Page } from '@playwright/test';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, casesOf } from './demo-cases';

/** Signs in as a demo adjuster and opens one of their own cases, as they would from the queue. */
export async function openOwnCase(
  page: Page,
  username: string,
): Promise<{ workspace: CaseWorkspace; viewer: DocumentViewer; caseId: string }> {
  const token = await apiToken(page.request, username);
  const userId = `user-${username.replace('.', '-')}`;
  const claim = (await casesOf(page.request, token)).find((c) => c.assigneeId === userId);
  expect(claim, `${username} holds a case`).toBeDefined();
  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  await signIn.open();
  await signIn.signInAsDemoUser(username);
  await workspace.open(claim?.id ?? '');
  return { workspace, viewer: new DocumentViewer(page), caseId: claim?.id ?? '' };
}
