import { expect, test } from '@playwright/test';
import { FieldWork } from '../pages/field-work';
import { SignInPage } from '../pages/sign-in-page';
import { Workstation } from '../pages/workstation';
import { exifPhotoFixture } from '../support/exif-photo';

const CASES = 10;
const PHOTOS_PER_CASE = 20;

test('a whole day offline: 10 cases and 200 photos, the app restarted twice, all uploaded when the signal returns', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const workstation = new Workstation(page);
  const field = new FieldWork(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('field.east1');
  await workstation.waitForOfflineShell();
  await expect(workstation.syncIndicator()).toContainText('已同步', { timeout: 30_000 });
  await context.setOffline(true);

  const start = Date.now() - 8 * 3_600_000;
  for (let n = 0; n < CASES; n++) {
    await workstation.goTo('field');
    await field.createCaseAtScene({
      customer: `现场客户${n + 1}`,
      idNumber: '11010519491231002X',
      phone: `1391234${String(5000 + n)}`,
      location: `G2 京沪高速 K${1100 + n * 7}`,
    });
    const photos = Array.from({ length: PHOTOS_PER_CASE }, (_, i) =>
      exifPhotoFixture(`day-${n + 1}-${i + 1}.jpg`, n * PHOTOS_PER_CASE + i + 1, {
        at: start + n * 40 * 60_000 + i * 30_000,
        lat: 31.2 + n * 0.01,
        lng: 121.4,
      }),
    );
    await field.attachPhotos(photos);
    // The laptop is shut and opened again twice during the day.
    if (n === 3 || n === 7) {
      await page.reload();
      await expect(field.photos()).toHaveCount(PHOTOS_PER_CASE);
    }
  }

  await workstation.goTo('field');
  await expect(page.getByTestId('site-visits').getByText(/^TMP-/)).toHaveCount(CASES);

  await context.setOffline(false);
  // 210 changes wait behind their photos' previews, each sealed on the device and opened to send.
  await workstation.expectPending(0, 120_000);
  await workstation.goTo('sync');
  // Each photo travels as a preview and an original.
  const files = CASES * PHOTOS_PER_CASE * 2;
  await expect(page.getByTestId('uploads')).toContainText(`${files}/${files}`, {
    timeout: 300_000,
  });
  await context.close();
});
