import { expect, test, type Browser } from '@playwright/test';
import { AdjudicationPanel } from '../pages/adjudication-panel';
import { CaseWork } from '../pages/case-work';
import { CaseWorkspace } from '../pages/case-workspace';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';
import { apiToken, findDemoCase, pushMutation, usernameOf } from '../support/demo-cases';

const ACCOUNT = '6222020200112233445';

test('a medical case missing two items gets one notice listing exactly those two; a second is warned against', async ({
  page,
}) => {
  const found = await findDemoCase(
    page.request,
    (c) =>
      c.line === 'MEDICAL' &&
      c.state === 'MATERIALS_REVIEW' &&
      !!c.assigneeId?.startsWith('user-adj'),
  );
  expect(found, 'the demo data has a medical claim in materials review').not.toBeNull();
  const claim = found?.case;
  const workspace = new CaseWorkspace(page);
  const work = new CaseWork(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(usernameOf(claim?.assigneeId ?? ''));
  await workspace.open(claim?.id ?? '');

  // The invoices came in by post; the expense list and the discharge summary are still missing.
  await work.markReceived('medical-invoices');
  await expect.poll(() => work.missingRequired()).toEqual(['expense-list', 'discharge-summary']);

  await work.openNotice();
  await expect(work.noticePreview()).toContainText('1. 费用清单：');
  await expect(work.noticePreview()).toContainText('2. 出院小结或门诊病历：');
  await expect(work.noticePreview()).not.toContainText('3.');
  await work.sendNotice();
  await expect(workspace.state()).toHaveText('待补材料');
  const logged = work.contacts().filter({ hasText: '补材料通知：费用清单、出院小结或门诊病历' });
  await expect(logged).toBeVisible();
  await expect(logged).not.toContainText('尚未同步', { timeout: 15_000 });

  // The same review round: a second notice is warned against and needs a reason.
  await work.openNotice();
  await expect(work.repeatWarning()).toContainText('第二十二条');
  await expect(page.getByTestId('send-notice')).toBeDisabled();
  await work.closeDialog();
  await expect(work.contacts().filter({ hasText: '补材料通知' })).toHaveCount(1);
});

test('an auto case walks from accepted to closed; a move the state machine forbids is not offered, and forcing it is refused', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const found = await findDemoCase(
    page.request,
    (c) =>
      c.line === 'AUTO' &&
      c.state === 'ACCEPTED' &&
      !c.complex &&
      !!c.assigneeId?.startsWith('user-adj'),
  );
  expect(found, 'the demo data has an accepted auto claim').not.toBeNull();
  const caseId = found?.case.id ?? '';
  const username = usernameOf(found?.case.assigneeId ?? '');
  const workspace = new CaseWorkspace(page);
  const work = new CaseWork(page);
  const panel = new AdjudicationPanel(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(username);
  await workspace.open(caseId);

  expect(await work.offeredMoves()).toEqual(['MATERIALS_REVIEW', 'WITHDRAWN']);
  const forced = await pushMutation(
    page.request,
    await apiToken(page.request, username),
    'case.transition',
    { caseId, from: 'ACCEPTED', to: 'CLOSED', reason: null, denialClause: null },
  );
  expect(forced.status).toBe('rejected');
  expect(forced.message).toContain('cannot move to CLOSED');

  await work.moveTo('MATERIALS_REVIEW');
  await expect(workspace.state()).toHaveText('材料审核');
  await work.moveTo('LOSS_ASSESSMENT');
  await expect(workspace.state()).toHaveText('定损');
  await work.moveTo('ADJUSTMENT');
  await expect(workspace.state()).toHaveText('理算');
  // Approval is a decision, not a status button: it goes through the calculator.
  expect(await work.offeredMoves()).toEqual([]);
  await panel.calculate({ value: '本车：核定损失', to: '3800.00', reason: '定损单核定金额' });
  await panel.submitForApproval({ account: ACCOUNT });
  await expect(workspace.state()).toHaveText('核赔');

  await approveAsSupervisor(browser, found?.supervisor ?? '', caseId);
  await expect(workspace.state()).toHaveText('支付', { timeout: 20_000 });
  await panel.recordSettlement('3800.00', ACCOUNT);
  await work.moveTo('CLOSED');
  await expect(workspace.state()).toHaveText('结案');
  expect(await work.offeredMoves()).toEqual(['REOPENED']);
  // The follow-up is the satisfaction survey: recording it moves the case on.
  await work.recordSurvey(5, '理赔很快，沟通清楚');
  await expect(workspace.state()).toHaveText('回访');

  // Every step is in the case history.
  await work.filterHistory('transition');
  await expect(work.historyEntries().filter({ hasText: '支付 → 结案' })).toBeVisible();
  await expect(work.historyEntries().filter({ hasText: '受理 → 材料审核' })).toBeVisible();
});

async function approveAsSupervisor(browser: Browser, supervisor: string, caseId: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(supervisor);
  await new CaseWorkspace(page).open(caseId);
  await new AdjudicationPanel(page).approve();
  await expect(new CaseWorkspace(page).state()).toHaveText('支付');
  await context.close();
}

test('a complaint shows its response, solution and dispute clocks, and is resolved', async ({
  page,
}) => {
  const found = await findDemoCase(
    page.request,
    (c) => c.state === 'LOSS_ASSESSMENT' && !!c.assigneeId?.startsWith('user-adj'),
  );
  expect(found).not.toBeNull();
  const workspace = new CaseWorkspace(page);
  const work = new CaseWork(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(usernameOf(found?.case.assigneeId ?? ''));
  await workspace.open(found?.case.id ?? '');

  const summary = `客户来电投诉定损进度慢 ${Date.now().toString(36)}`;
  await work.recordComplaint(summary);
  expect(await work.complaintClocks(summary)).toEqual({
    'complaint-response': 'ok',
    'complaint-ordinary': 'ok',
    'complaint-dispute': 'pending',
  });
  await work.complaintStep(summary, 'responded', '已致电客户说明定损安排');
  await work.complaintStep(summary, 'escalated', '客户不接受，进入协商');
  await expect
    .poll(() => work.complaintClocks(summary))
    .toEqual({
      'complaint-response': 'met',
      'complaint-ordinary': 'met',
      'complaint-dispute': 'ok',
    });

  await work.complaintStep(summary, 'resolved', '同意加快定损并补偿交通费');
  const complaint = work.complaints().filter({ hasText: summary });
  await expect(complaint).toContainText('已解决');
  await expect(complaint).toContainText('同意加快定损并补偿交通费');
  await expect
    .poll(() => work.complaintClocks(summary))
    .toEqual({
      'complaint-response': 'met',
      'complaint-ordinary': 'met',
      'complaint-dispute': 'met',
      'complaint-revisit': 'ok',
    });
  await expect(complaint).not.toContainText('尚未同步');
});

for (const language of ['zh-CN', 'en'] as const) {
  test(`the workspace works with the network off, in ${language}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const line = language === 'zh-CN' ? 'AUTO' : 'PROPERTY';
    const context = await browser.newContext();
    const page = await context.newPage();
    const found = await findDemoCase(
      page.request,
      (c) =>
        c.line === line && c.state === 'MATERIALS_REVIEW' && !!c.assigneeId?.startsWith('user-adj'),
    );
    expect(found).not.toBeNull();
    const caseId = found?.case.id ?? '';
    const workstation = new Workstation(page);
    const workspace = new CaseWorkspace(page);
    const work = new CaseWork(page);
    await new SignInPage(page).open();
    await new SignInPage(page).signInAsDemoUser(usernameOf(found?.case.assigneeId ?? ''));
    await workspace.open(caseId);
    await workstation.waitForOfflineShell();
    // The first sync must have landed the case's checklist before the signal goes.
    await expect(workstation.syncIndicator()).toContainText('已同步', { timeout: 30_000 });
    if (language === 'en') await workstation.switchLanguage();
    const words =
      language === 'zh-CN'
        ? {
            title: '材料清单',
            notice: '补材料通知',
            pendingState: '待补材料',
            survey: '满意度回访',
          }
        : {
            title: 'Materials checklist',
            notice: 'Missing-materials notice',
            pendingState: 'Pending materials',
            survey: 'Satisfaction follow-up',
          };

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('materials')).toContainText(words.title);
    await expect(page.getByTestId('follow-up')).toContainText(words.survey);
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(
      page.getByTestId('case-clocks').or(page.getByTestId('transitions')),
    ).not.toHaveCount(0);
    await expect(work.historyEntries().first()).toBeVisible();
    await expect.poll(() => work.missingRequired()).not.toEqual([]);
    const [firstMissing = ''] = await work.missingRequired();
    await work.markReceived(firstMissing);
    await work.openNotice();
    await work.sendNotice();
    await expect(workspace.state()).toHaveText(words.pendingState);
    await expect(work.contacts().filter({ hasText: words.notice })).toBeVisible();
    await work.logContact(`offline call ${language}`);
    await work.recordComplaint(`offline complaint ${language}`);
    await workspace.addNote(`offline note ${language}`);
    await page.reload();
    await expect(work.contacts().filter({ hasText: `offline call ${language}` })).toBeVisible();
    await expect(
      work.complaints().filter({ hasText: `offline complaint ${language}` }),
    ).toBeVisible();

    await context.setOffline(false);
    await workstation.expectPending(0);
    await expect(work.contacts().filter({ hasText: words.notice })).toHaveCount(1);
    await expect(workspace.state()).toHaveText(words.pendingState);
    await expect(work.rejections()).toHaveCount(0);
    await context.close();
  });
}
