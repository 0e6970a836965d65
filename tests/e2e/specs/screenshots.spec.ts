import { expect, test, type Page } from '@playwright/test';
import { CaseQueue } from '../pages/case-queue';
import { CaseWorkspace } from '../pages/case-workspace';
import { DocumentViewer } from '../pages/document-viewer';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation, type Area } from '../pages/workstation';
import { apiToken, recordsOf } from '../support/demo-cases';

/** A flag of the service's cross-claim checks in sup.east's team, once the checks have read the demo papers. */
async function centralFlag(page: Page): Promise<{ id: string; caseId: string }> {
  const token = await apiToken(page.request, 'sup.east');
  let found: { id: string; caseId: string } | undefined;
  await expect
    .poll(
      async () => {
        const flags = await recordsOf<{ id: string; caseId: string; source: string; kind: string }>(
          page.request,
          token,
          'flag',
        );
        const central = flags.filter((f) => f.source === 'central');
        found = central.find((f) => f.kind.startsWith('duplicate-')) ?? central[0];
        return found !== undefined;
      },
      { timeout: 240_000, intervals: [5_000] },
    )
    .toBe(true);
  if (!found) throw new Error('no cross-claim flag');
  return found;
}

/**
 * Review screenshots of every area in both languages and themes, written to
 * reports/screenshots. Run with `npm run screenshots`; skipped in `npm test`.
 */
test.skip(!process.env['SCREENSHOTS'], 'review screenshots are taken by `npm run screenshots`');
// The first variant may wait for the service's cross-claim checks to read the demo's papers.
test.setTimeout(8 * 60_000);

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
      await page.waitForLoadState('load');
      await page
        .locator('[aria-busy="true"], .MuiCircularProgress-root')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      if (area === 'queue')
        await expect(workstation.queueCells('caseNumber').first()).toBeVisible();
      if (area === 'supervisor') await expect(page.getByTestId('workload')).toBeVisible();
      await page.mouse.move(0, 899);
      await page.screenshot({ path: `reports/screenshots/${language}-${theme}-${area}.png` });
      if (area === 'queue') {
        await new CaseQueue(page).whyFirst();
        await page.screenshot({ path: `reports/screenshots/${language}-${theme}-queue-why.png` });
        await page.mouse.move(0, 899);
      }
      if (area === 'supervisor') {
        await page.getByTestId('tab-kpi').click();
        await expect(page.getByTestId('kpi-dashboard')).toBeVisible();
        await page.screenshot({
          path: `reports/screenshots/${language}-${theme}-kpi.png`,
          fullPage: true,
        });
      }
    }
    await workstation.goTo('queue');
    await workstation.queueCells('caseNumber').first().dblclick();
    await page.waitForLoadState('load');
    await page.getByTestId('history-entry').first().waitFor();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-case.png` });
    // The page scrolls inside the app shell, so each part of the workspace is its own picture.
    for (const part of ['contacts', 'history'] as const) {
      await page.getByTestId(part).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `reports/screenshots/${language}-${theme}-case-${part}.png` });
    }

    // A case in adjustment, with a first calculation drafted from its policy.
    const caseId = await caseInAdjustment(page);
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('adjudication').getByRole('button').first().click();
    await page.getByTestId('calculation-dialog').waitFor();
    await expect(page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-calculation.png` });
    await page.getByTestId('calculation-dialog').getByRole('button').last().click();
    await page.getByTestId('steps').waitFor();
    await page.getByTestId('adjudication').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `reports/screenshots/${language}-${theme}-adjudication.png`,
      fullPage: true,
    });

    // Field mode on the same case: the site survey report as a surveyor fills it.
    await page.goto(`/field/${caseId}`);
    await page.getByTestId('site-survey').waitFor();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-field-survey.png` });
    await page.goto(`/cases/${caseId}`);
    await page.getByTestId('documents').waitFor();

    // The AI pre-review of the case's papers, then the papers in the viewer: a PDF with a search, then a photo.
    const workspace = new CaseWorkspace(page);
    await workspace.prereview();
    await page.getByTestId('case-flags').waitFor();
    await page.getByTestId('documents').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-prereview.png` });
    const viewer = new DocumentViewer(page);
    const files = page.getByTestId('document');
    await viewer.open(files, /\.pdf/);
    await viewer.search(language === 'zh' ? '金额' : '元');
    await viewer.hitSummary().filter({ hasText: /\d/ }).waitFor();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-viewer-pdf.png` });
    await viewer.close();
    await files.filter({ hasText: /\.jpg/ }).first().click();
    await viewer.opened();
    await viewer.image().waitFor();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-viewer-photo.png` });
    await viewer.close();

    // A flag the central service raised by comparing claims: a copied invoice or photo, if any.
    const flag = await centralFlag(page);
    await page.goto(`/cases/${flag.caseId}`);
    const caseFlags = page.getByTestId('case-flags');
    await caseFlags.locator(`[data-flag-id="${flag.id}"]`).getByRole('button').first().click();
    await caseFlags.getByTestId('flag-evidence').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `reports/screenshots/${language}-${theme}-case-cross-claim.png`,
    });

    // Locked: nothing of the case stays on screen.
    await page.getByTestId('lock-now').click();
    await page.getByTestId('lock-screen').waitFor();
    await page.screenshot({ path: `reports/screenshots/${language}-${theme}-lock.png` });
  });
}

async function caseInAdjustment(page: Page): Promise<string> {
  const signIn = await page.request.post('/api/auth/sign-in', {
    data: { username: 'sup.east', password: 'demo1234' },
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const list = await page.request.get('/api/cases', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const { cases } = (await list.json()) as { cases: { id: string; state: string }[] };
  const found = cases.find((c) => c.state === 'ADJUSTMENT');
  if (!found) throw new Error('no case in adjustment in the demo data');
  return found.id;
}
