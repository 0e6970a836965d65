import { expect, type Page } from '@playwright/test';

/** Field mode: a new case at the scene, its survey report and its photos. */
export class FieldWork {
  constructor(private readonly page: Page) {}

  async createCaseAtScene(details: {
    customer: string;
    idNumber: string;
    phone: string;
    location: string;
  }): Promise<string> {
    await this.page.getByTestId('new-scene-case').click();
    await this.page.getByTestId('new-customer-name').fill(details.customer);
    await this.page.getByTestId('new-id-number').fill(details.idNumber);
    await this.page.getByTestId('new-phone').fill(details.phone);
    await this.page.getByTestId('new-location').fill(details.location);
    await this.page.getByTestId('create-case').click();
    await expect(this.page.getByTestId('site-survey')).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  provisional() {
    return this.page.getByTestId('provisional');
  }

  survey() {
    return this.page.getByTestId('site-survey');
  }

  async addVehicle(plate: string): Promise<void> {
    await this.survey()
      .getByRole('button', { name: /添加车辆|Add a vehicle/ })
      .click();
    const field = this.page.getByTestId('plate-0');
    await field.fill(plate);
    await field.blur();
  }

  plateField() {
    return this.page.getByTestId('plate-0');
  }

  /** The error shown under a field, found through its input. */
  errorUnder(testId: string) {
    return this.page
      .getByTestId(testId)
      .locator('xpath=ancestor::div[contains(@class,"MuiFormControl-root")]')
      .locator('.Mui-error.MuiFormHelperText-root');
  }

  async addDamage(): Promise<void> {
    await this.survey()
      .getByRole('button', { name: /添加损失部位|Add a damaged part/ })
      .click();
  }

  async chooseLiability(label: RegExp): Promise<void> {
    await this.survey()
      .getByLabel(/初步责任比例|Preliminary liability/)
      .click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async sign(): Promise<void> {
    const pad = this.page.getByTestId('signature-pad');
    // hover() scrolls the pad into view and puts the pointer exactly where asked.
    await pad.hover({ position: { x: 20, y: 60 } });
    await this.page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await pad.hover({ position: { x: 20 + i * 25, y: i % 2 ? 40 : 90 } });
    await this.page.mouse.up();
    await expect(this.page.getByText(/请在上方签名|Sign in the box above/)).toHaveCount(0);
  }

  async submitSurvey(): Promise<void> {
    await this.page.getByTestId('submit-survey').click();
    await expect(this.page.getByTestId('survey-submitted')).toBeVisible();
  }

  async attachPhotos(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.page.getByTestId('photo-input').setInputFiles(files);
    await expect(this.photos()).toHaveCount(files.length, { timeout: 60_000 });
  }

  photos() {
    return this.page.getByTestId('field-photo');
  }

  uploadTotal() {
    return this.page.getByTestId('photo-upload-total');
  }

  /** Tags one photo, after import, with the damaged part it shows. */
  async tagPhoto(index: number, part: RegExp): Promise<void> {
    await this.photos().nth(index).getByTestId('photo-part').click();
    await this.page.getByRole('menuitem', { name: part }).click();
    await expect(this.photos().nth(index).getByTestId('photo-part')).toHaveText(part);
  }
}
