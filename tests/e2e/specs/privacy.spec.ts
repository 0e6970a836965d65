import { expect, test } from '@playwright/test';
import { CaseWorkspace } from '../pages/case-workspace';
import { PrivacyGuards } from '../pages/privacy-guards';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';
import { apiToken, findDemoCase, recordsOf, usernameOf } from '../support/demo-cases';

const PASSWORD = 'demo1234';

test('a link to an outside site is blocked, and window.open opens nothing inside the app', async ({
  page,
  context,
}) => {
  const guards = new PrivacyGuards(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('adj.east1');
  await expect(page).toHaveURL(/\/queue$/);
  const home = page.url();
  const popups: string[] = [];
  context.on('page', (opened) => popups.push(opened.url()));

  await guards.clickOutsideLink('https://evil.example/phish');
  await expect(guards.blockedNotice()).toContainText('https://evil.example/phish');
  expect(page.url()).toBe(home);

  expect(await guards.windowOpen('https://evil.example/popup')).toBe(false);
  expect(await guards.windowOpen('javascript:alert(1)')).toBe(false);
  await page.waitForTimeout(500);
  expect(popups).toEqual([]);
  expect(page.url()).toBe(home);
});

test('personal fields are masked, and a reveal is shown for a moment and queued for the audit log', async ({
  page,
}) => {
  const found = await findDemoCase(
    page.request,
    (c) => !!c.assigneeId?.startsWith('user-adj-east'),
  );
  const claim = found?.case;
  expect(claim, 'the demo data has an east-team case').toBeTruthy();
  const guards = new PrivacyGuards(page);
  const workstation = new Workstation(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(usernameOf(claim?.assigneeId ?? ''));
  await new CaseWorkspace(page).open(claim?.id ?? '');

  await expect(guards.personalField('phone')).toContainText(/\d{3}\*{4}\d{4}/);
  await expect(guards.personalField('idNumber')).toContainText('*');
  await guards.reveal('phone');
  await expect(guards.personalField('phone')).toContainText(/1\d{10}/);
  // The reveal travels like any change: once synced, the service has audited it.
  await workstation.expectPending(0);
});

test('the workstation locks itself when idle, stays locked across a reload, and unlocks offline with the password', async ({
  page,
  context,
}) => {
  await page.clock.install();
  const guards = new PrivacyGuards(page);
  const workstation = new Workstation(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('adj.east1');
  // The verifier of this sign-in is what the offline unlock checks against.
  await expect(workstation.syncIndicator()).toContainText('已同步', { timeout: 30_000 });
  await guards.setAutoLockMinutes(1);

  await page.clock.fastForward('01:10');
  await expect(guards.lockScreen()).toBeVisible();
  await expect(page.getByTestId('queue-grid')).toHaveCount(0);

  await page.reload();
  await expect(guards.lockScreen()).toBeVisible();

  await context.setOffline(true);
  await guards.unlock('wrong password');
  await expect(guards.lockProblem()).toContainText(/密码不正确|not right/);
  await guards.unlock(PASSWORD);
  await expect(guards.lockScreen()).toBeHidden();
  await expect(workstation.pageTitle()).toBeVisible();
  await context.setOffline(false);
});

test('the browser keeps no customer ID number or phone in plain text, not even in an attached file', async ({
  page,
}) => {
  const guards = new PrivacyGuards(page);
  const workstation = new Workstation(page);
  const workspace = new CaseWorkspace(page);
  const token = await apiToken(page.request, 'adj.east1');
  const cases = await recordsOf<{
    id: string;
    assigneeId: string | null;
    customer: { idNumber: string; phone: string };
  }>(page.request, token, 'case');
  const claim = cases.find((c) => c.assigneeId === 'user-adj-east1');
  expect(claim, 'adj.east1 holds a case').toBeDefined();
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('adj.east1');
  await expect(workstation.syncIndicator()).toContainText('已同步', { timeout: 30_000 });

  // A note from the customer with their details, kept on the device as an attachment.
  await workspace.open(claim?.id ?? '');
  await workspace.attach({
    name: '客户联系方式.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `联系电话 ${claim?.customer.phone ?? ''}\n证件号码 ${claim?.customer.idNumber ?? ''}\n`,
    ),
  });
  await expect(workspace.documents().filter({ hasText: '客户联系方式.txt' })).toContainText(
    /已上传|Uploaded/,
  );

  const secrets = cases.flatMap(({ customer }) => [customer.idNumber, customer.phone]);
  expect(secrets.length).toBeGreaterThan(10);
  const stored = await guards.rawLocalData();
  expect(stored).toContain('sealed:v1:');
  expect(secrets.filter((secret) => stored.includes(secret))).toEqual([]);
});
