import { expect, test } from '@playwright/test';
import { AdjudicationPanel } from '../pages/adjudication-panel';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { apiToken, casesOf, findDemoCase, raiseFlag, usernameOf } from '../support/demo-cases';

const ACCOUNT = '6222020200112233445';

test('a small auto claim with complete materials is proposed for automatic approval; with an open flag it is not', async ({
  page,
}) => {
  // A plain auto claim in adjustment: past review, its materials are on file.
  const supervisorToken = await apiToken(page.request, 'sup.east');
  const claim = (await casesOf(page.request, supervisorToken)).find(
    (c) =>
      c.line === 'AUTO' &&
      c.state === 'ADJUSTMENT' &&
      !c.complex &&
      c.assigneeId?.startsWith('user-adj'),
  );
  expect(claim, 'the demo data has a plain auto claim in adjustment').toBeDefined();
  const caseId = claim?.id ?? '';
  const username = usernameOf(claim?.assigneeId ?? '');

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  const panel = new AdjudicationPanel(page);
  await signIn.open();
  await signIn.signInAsDemoUser(username);
  await workspace.open(caseId);

  // The repair estimate settles the own-damage loss at a small amount.
  await panel.calculate({ value: '本车：核定损失', to: '3800.00', reason: '定损单核定金额' });
  await expect(panel.payable()).toContainText('3,800.00');
  await expect(panel.steps().first()).toBeVisible();
  await panel.submitForApproval({ account: ACCOUNT });
  await expect(panel.autoApproval()).toContainText('建议自动核赔');
  await expect(panel.autoApproval()).toContainText('必交材料齐全');
  await expect(panel.checks('failed')).toHaveCount(0);
  await expect(panel.checks('passed')).toHaveCount(5);

  // An anomaly detector flags the claim; the adjuster takes the decision back and submits again.
  await panel.returnDecision('等待疑点核实');
  await raiseFlag(page.request, await apiToken(page.request, username), caseId);
  await panel.submitForApproval({ account: ACCOUNT });
  await expect(panel.autoApproval()).toContainText('不符合自动核赔条件');
  await expect(panel.checks('failed')).toHaveCount(1);
  await expect(panel.checks('failed').locator('..')).toContainText('没有未处理的疑点');
});

test('a medical claim above the adjuster’s limit is approved by the supervisor and gets its decision notice', async ({
  browser,
  page,
}) => {
  const found = await findDemoCase(
    page.request,
    (c) =>
      c.line === 'MEDICAL' && c.state === 'ADJUSTMENT' && !!c.assigneeId?.startsWith('user-adj'),
  );
  expect(found, 'the demo data has a medical claim in adjustment').not.toBeNull();
  const claim = found?.case;
  const caseId = claim?.id ?? '';

  const signIn = new SignInPage(page);
  const workspace = new CaseWorkspace(page);
  const panel = new AdjudicationPanel(page);
  await signIn.open();
  await signIn.signInAsDemoUser(usernameOf(claim?.assigneeId ?? ''));
  await workspace.open(caseId);

  // The hospital bills come to 120,000 yuan: above the adjuster's 50,000 yuan authority.
  await panel.calculate({
    value: '合理医疗费用',
    to: '120000.00',
    reason: '住院费用清单合计',
  });
  await expect(panel.steps()).not.toHaveCount(0);
  const payable = (await panel.payable().textContent()) ?? '';
  const steps = await panel.stepTexts();
  await panel.submitForApproval({ account: ACCOUNT });
  await panel.approve();
  await expect(panel.refusal()).toContainText('above your limit');
  await expect(workspace.state()).toHaveText('核赔');

  const supervisorContext = await browser.newContext();
  const supervisorPage = await supervisorContext.newPage();
  const supervisor = {
    signIn: new SignInPage(supervisorPage),
    workspace: new CaseWorkspace(supervisorPage),
    panel: new AdjudicationPanel(supervisorPage),
  };
  await supervisor.signIn.open();
  await supervisor.signIn.signInAsDemoUser(found?.supervisor ?? '');
  await supervisor.workspace.open(caseId);
  await supervisor.panel.approve();
  await expect(supervisor.workspace.state()).toHaveText('支付');

  // The notice follows the approval to the adjuster's workstation, in both languages.
  await expect(workspace.state()).toHaveText('支付');
  // Each file also shows its type, which for both notices reads 理赔决定通知书: match the file names.
  await expect(workspace.documents().filter({ hasText: '理赔决定通知书-' })).toBeVisible();
  await expect(workspace.documents().filter({ hasText: 'decision-notice-' })).toBeVisible();
  await supervisorContext.close();

  // The notice opens in the viewer; its text states the amount and every step of the calculation.
  const viewer = new DocumentViewer(page);
  await viewer.open(workspace.documents(), '理赔决定通知书-');
  const notice = squash(await viewer.text());
  const amount = /¥[\d,]+\.\d\d/.exec(payable)?.[0];
  expect(amount, `the panel shows the payable amount: ${payable}`).toBeDefined();
  expect(notice).toContain(`核定赔付金额${amount}`);
  for (const step of steps) expect(notice).toContain(squash(step));
  await viewer.search('免赔');
  await expect(viewer.highlighted().first()).toBeVisible();
  await expect(viewer.hitSummary()).not.toHaveText('无匹配');
  await viewer.close();
});

/** Text with whitespace removed: a PDF wraps its lines wherever the page ends. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
