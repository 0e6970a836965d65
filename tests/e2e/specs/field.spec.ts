import { expect, test } from '@playwright/test';
import { CaseWorkspace } from '../pages/case-workspace';
import { FieldWork } from '../pages/field-work';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';
import { exifPhotoFixture } from '../support/exif-photo';

const SCENE = { lat: 31.2304, lng: 121.4737 };

test('at the scene with no signal: a new case, its survey and 20 photos survive a reload, and reach the office when the signal returns', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const workstation = new Workstation(page);
  const field = new FieldWork(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('field.east1');
  await workstation.waitForOfflineShell();
  // The first sync brings the day's cases and policies; after it the laptop can lose its signal.
  await expect(workstation.syncIndicator()).toContainText('已同步', { timeout: 30_000 });

  // No signal from here on.
  await context.setOffline(true);
  await workstation.goTo('field');
  const caseId = await field.createCaseAtScene({
    customer: '赵明',
    idNumber: '11010519491231002X',
    phone: '139 1234 5678',
    location: 'G2 京沪高速 K1120 北向',
  });
  await expect(field.provisional()).toBeVisible();

  // A plate typed one character short is caught next to the field, then corrected.
  await field.addVehicle('沪A1234');
  await expect(field.errorUnder('plate-0')).toContainText('车牌格式不正确');
  await field.plateField().fill('沪A12345');
  await expect(field.errorUnder('plate-0')).toHaveCount(0);
  await field.addDamage();
  await field.chooseLiability(/主责 70%/);
  await field.sign();

  const now = Date.now();
  const photos = Array.from({ length: 20 }, (_, i) =>
    exifPhotoFixture(`scene-${String(i + 1).padStart(2, '0')}.jpg`, i + 1, {
      at: now - (20 - i) * 60_000,
      lat: SCENE.lat + i * 0.0001,
      lng: SCENE.lng,
    }),
  );
  await field.attachPhotos(photos);
  await expect(field.photos().first()).toContainText(/拍摄于/);
  await field.tagPhoto(0, /^车头$/);
  await field.submitSurvey();

  // The laptop restarts the app, still without a signal: everything is there.
  await page.reload();
  await expect(field.survey()).toBeVisible();
  await expect(field.plateField()).toHaveValue('沪A12345');
  await expect(field.photos()).toHaveCount(20);
  await expect(field.photos().first().getByTestId('photo-part')).toHaveText('车头');
  await expect(page.getByTestId('survey-submitted')).toBeVisible();

  // Signal again: previews first, then originals; progress is shown until every photo is in.
  await context.setOffline(false);
  await expect(field.uploadTotal()).toBeVisible();
  await workstation.expectPending(0);
  await expect(field.photos().and(page.locator('[data-upload="uploaded"]'))).toHaveCount(20, {
    timeout: 120_000,
  });

  // The office sees the case with its number, the survey and the photos.
  const office = await (await browser.newContext()).newPage();
  await new SignInPage(office).open();
  await new SignInPage(office).signInAsDemoUser('sup.east');
  const officeCase = new CaseWorkspace(office);
  await officeCase.open(caseId);
  await expect(office.getByTestId('page-title')).toHaveText(/^CLM-/, { timeout: 30_000 });
  await expect(office.getByTestId('survey-panel').getByTestId('survey-plate')).toContainText(
    '沪A12345',
  );
  await expect(officeCase.documents().filter({ hasText: /scene-\d\d\.jpg/ })).toHaveCount(20);
  await context.close();
});
