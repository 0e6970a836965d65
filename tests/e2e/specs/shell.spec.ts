import { expect, test } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';

test.describe('the workstation shell', () => {
  test('lists the demo users at sign-in and refuses a wrong password', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await expect(signIn.demoAccount('sup.east')).toBeVisible();
    await expect(signIn.demoAccount('adj.east1')).toBeVisible();
    await expect(signIn.demoAccount('field.east1')).toBeVisible();

    await signIn.signIn('adj.east1', 'not-the-password');
    await expect(signIn.error()).toHaveText('Wrong username or password.');
  });

  test('a supervisor switches language and theme and visits every area', async ({ page }) => {
    const signIn = new SignInPage(page);
    const workstation = new Workstation(page);
    await signIn.open();
    await signIn.signInAsDemoUser('sup.east');

    await workstation.expectOnPage('团队案件队列');
    expect(await workstation.documentLanguage()).toBe('zh-CN');
    await expect(workstation.queueCells('caseNumber').first()).toBeVisible();

    await workstation.switchLanguage();
    await workstation.expectOnPage('Team case queue');
    expect(await workstation.documentLanguage()).toBe('en');

    expect(await workstation.backgroundIsDark()).toBe(false);
    await workstation.switchTheme();
    await expect.poll(() => workstation.backgroundIsDark()).toBe(true);

    const areas = [
      ['supervisor', 'Supervisor console'],
      ['case', 'Case workspace'],
      ['field', 'Site visits'],
      ['sync', 'Sync status'],
      ['settings', 'Settings'],
      ['queue', 'Team case queue'],
    ] as const;
    for (const [area, title] of areas) {
      await workstation.goTo(area);
      await workstation.expectOnPage(title);
    }

    // Preferences live in this device's IndexedDB: they survive a reload.
    await page.reload();
    await workstation.expectOnPage('Team case queue');
    await expect.poll(() => workstation.backgroundIsDark()).toBe(true);

    await workstation.switchLanguage();
    await workstation.switchTheme();
    await workstation.expectOnPage('团队案件队列');
    await expect(workstation.navItem('settings')).toHaveText('设置');
    await expect.poll(() => workstation.backgroundIsDark()).toBe(false);
  });

  test('an adjuster sees only their own cases and can open one', async ({ page }) => {
    const signIn = new SignInPage(page);
    const workstation = new Workstation(page);
    await signIn.open();
    await signIn.signInAsDemoUser('adj.east1');
    await workstation.expectOnPage('我的案件队列');
    await expect(workstation.navItem('supervisor')).toHaveCount(0);

    const firstCase = workstation.queueCells('caseNumber').first();
    await expect(firstCase).toBeVisible();
    const assignees = await workstation.queueCells('assigneeName').allInnerTexts();
    expect(assignees.length).toBeGreaterThan(0);
    expect(new Set(assignees).size).toBe(1);

    const caseNumber = (await firstCase.innerText()).trim();
    expect(caseNumber).toMatch(/^CLM-\d{4}-\d{6}$/);
    await firstCase.dblclick();
    await workstation.expectOnPage(caseNumber);
  });
});
