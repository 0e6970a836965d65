import { expect, test, type Browser } from '@playwright/test';
import { CaseQueue } from '../pages/case-queue';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';
import { apiToken, casesOf, recordsOf } from '../support/demo-cases';

const FINISHED = new Set(['CLOSED', 'FOLLOW_UP', 'DENIED', 'WITHDRAWN']);
const FROM = 'user-adj-south2';
const TO = 'user-adj-south3';

async function signedIn(browser: Browser, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(username);
  return { context, page, queue: new CaseQueue(page), workstation: new Workstation(page) };
}

test('a supervisor offline reassigns five cases in bulk; online, they move from one adjuster’s queue to the other’s', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const token = await apiToken(request, 'sup.south');
  const open = (await casesOf(request, token)).filter(
    (c) => c.assigneeId === FROM && !FINISHED.has(c.state),
  );
  expect(open.length, `${FROM} holds at least five open cases`).toBeGreaterThanOrEqual(5);
  const users = await recordsOf<{ id: string; displayName: string }>(request, token, 'user');
  const fromName = users.find((u) => u.id === FROM)?.displayName ?? '';
  const toName = users.find((u) => u.id === TO)?.displayName ?? '';

  // The new assignee is at their desk, online, while the supervisor travels.
  const newOwner = await signedIn(browser, 'adj.south3');
  await expect(newOwner.queue.cells('caseNumber').first()).toBeVisible();
  const office = await signedIn(browser, 'sup.south');
  await office.queue.search(fromName);
  await office.queue.expectShown(
    (n) => n >= open.length,
    `the search shows that adjuster’s ${open.length} open cases (and those they advise)`,
  );
  await office.workstation.waitForOfflineShell();

  // On the train: no signal, and the reassignment still goes through locally.
  await office.context.setOffline(true);
  const moved = await office.queue.selectFirstOf(fromName, 5);
  expect(moved).toHaveLength(5);
  await office.queue.reassignSelected(TO, '平衡工作量：南区理赔员二号本周外出查勘');
  await office.workstation.expectPending(5);
  await office.queue.search(toName);
  for (const caseNumber of moved)
    await expect(office.queue.cells('caseNumber').filter({ hasText: caseNumber })).toBeVisible();

  await office.context.setOffline(false);
  await office.workstation.expectPending(0);

  // They are told, without looking, that work arrived.
  await expect(newOwner.page.getByTestId('case-alert')).toContainText(new RegExp(moved.join('|')));
  const previous = await signedIn(browser, 'adj.south2');
  for (const caseNumber of moved) {
    await newOwner.queue.search(caseNumber);
    await newOwner.queue.expectShown(
      (n) => n === 1,
      `${caseNumber} is in the new assignee’s queue`,
    );
    await previous.queue.search(caseNumber);
    await previous.queue.expectShown((n) => n === 0, `${caseNumber} left the previous queue`);
  }
  await previous.queue.search('');
  await previous.queue.expectShown(
    (n) => n === open.length - 5,
    'the previous assignee keeps the rest of their cases',
  );

  for (const session of [office, newOwner, previous]) await session.context.close();
});
