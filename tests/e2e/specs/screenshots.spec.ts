import { test } from '@playwright/test';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation, type Area } from '../pages/workstation';

/**
 * Review screenshots of every area in both languages and themes, written to
 * reports/screenshots. Run with `npm run screenshots`; skipped in `npm test`.
 */
test.skip(!process.env['SCREENSHOTS'], 'review screenshots are taken by `npm run screenshots`');

const variants = [
  { language: 'zh', theme: 'light' },
  { language: 'zh', theme: 'dark' },
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
] as const;

for (const { language, theme } of variants) {
  test(`screenshots ${language} ${theme}`, async ({ page }) => {
    const signIn = new SignInPage(page);
    const workstation = new Workstation(page);
    await signIn.open();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-sign-in.png` });
    await signIn.signInAsDemoUser('sup.east');
    if (language === 'en') await workstation.switchLanguage();
    if (theme === 'dark') await workstation.switchTheme();

    const areas: Area[] = ['queue', 'supervisor', 'field', 'sync', 'settings'];
    for (const area of areas) {
      await workstation.goTo(area);
      await page.waitForLoadState('networkidle');
      await page
        .locator('[aria-busy="true"], .MuiCircularProgress-root')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.mouse.move(0, 899);
      await page.screenshot({ path: `reports/screenshots/${language}-${theme}-${area}.png` });
    }
    await workstation.goTo('queue');
    await workstation.queueCells('caseNumber').first().dblclick();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-case.png` });
  });
}
