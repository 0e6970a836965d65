import { expect, test } from '@playwright/test';
import { CaseWorkspace } from '../pages/case-workspace';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';
import { photoFixture } from '../support/photo';

test('an adjuster works offline, reloads, comes back online, and the supervisor sees every change', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adjusterContext = await browser.newContext();
  const page = await adjusterContext.newPage();
  const workstation = new Workstation(page);
  const workspace = new CaseWorkspace(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('adj.east2');
  const caseIds = (await workstation.queueCaseIds()).slice(0, 3);
  expect(caseIds).toHaveLength(3);
  await workstation.waitForOfflineShell();

  await adjusterContext.setOffline(true);
  const stamp = Date.now().toString(36);
  for (const [i, caseId] of caseIds.entries()) {
    await page.getByTestId('nav-queue').click();
    await page.evaluate((path) => window.history.pushState({}, '', path), `/cases/${caseId}`);
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect(workspace.description()).toBeVisible();
    await workspace.setDescription(`离线修改 ${stamp} #${i + 1}`);
  }
  await workspace.addNote(`离线备注 ${stamp}`);
  await workspace.attach(photoFixture(`scene-${stamp}.jpg`, 7));
  await workstation.expectPending(5);

  await page.reload();
  await expect(workspace.description()).toHaveValue(`离线修改 ${stamp} #3`);
  await expect(workspace.notes().filter({ hasText: `离线备注 ${stamp}` })).toBeVisible();
  await expect(workspace.documents().filter({ hasText: `scene-${stamp}.jpg` })).toBeVisible();
  await workstation.expectPending(5);

  await adjusterContext.setOffline(false);
  await workstation.expectPending(0);
  // The photo taken offline; the case may hold files uploaded before.
  await expect(
    workspace
      .documents()
      .filter({ hasText: `scene-${stamp}.jpg` })
      .filter({ hasText: /Uploaded|已上传/ }),
  ).toBeVisible();

  const supervisorContext = await browser.newContext();
  const office = await supervisorContext.newPage();
  await new SignInPage(office).open();
  await new SignInPage(office).signInAsDemoUser('sup.east');
  const officeWorkspace = new CaseWorkspace(office);
  await expect(new Workstation(office).queueCells('caseNumber').first()).toBeVisible();
  for (const [i, caseId] of caseIds.entries()) {
    await office.evaluate((path) => window.history.pushState({}, '', path), `/cases/${caseId}`);
    await office.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect(officeWorkspace.description()).toHaveValue(`离线修改 ${stamp} #${i + 1}`);
  }
  await expect(officeWorkspace.notes().filter({ hasText: `离线备注 ${stamp}` })).toBeVisible();
  await expect(officeWorkspace.documents().filter({ hasText: `scene-${stamp}.jpg` })).toBeVisible();

  await adjusterContext.close();
  await supervisorContext.close();
});
