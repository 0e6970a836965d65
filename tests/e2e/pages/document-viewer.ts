import { expect, type Locator, type Page } from '@playwright/test';

/** A case file opened in the viewer. */
export class DocumentViewer {
  constructor(private readonly page: Page) {}

  root() {
    return this.page.getByTestId('document-viewer');
  }

  /** Opens a file from the case's file list by (part of) its name. */
  async open(files: Locator, name: string | RegExp): Promise<void> {
    await files.filter({ hasText: name }).first().getByTestId('document-open').click();
    await this.opened();
    await expect(this.pages().first().getByTestId('pdf-text')).not.toBeEmpty();
  }

  /** Opens a scanned file: it has no text layer to wait for, only its painted first page. */
  async openScan(files: Locator, name: string | RegExp): Promise<void> {
    await files.filter({ hasText: name }).first().getByTestId('document-open').click();
    await this.opened();
    await expect(this.pages().first().locator('canvas')).toBeVisible();
  }

  /** Waits for the viewer to finish opening (it fades in over the workspace). */
  async opened(): Promise<void> {
    await expect(this.root()).toBeVisible();
    await expect(this.page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
  }

  error() {
    return this.root().getByTestId('viewer-error');
  }

  image() {
    return this.root().getByTestId('viewer-image');
  }

  pages() {
    return this.root().getByTestId('pdf-pages').getByTestId('pdf-page');
  }

  /** The selectable text of every page, as a reader would copy it, each page scrolled into view. */
  async text(): Promise<string> {
    let all = '';
    const count = await this.pages().count();
    for (let i = 0; i < count; i++) {
      const page = this.pages().nth(i);
      await page.scrollIntoViewIfNeeded();
      const layer = page.getByTestId('pdf-text');
      await expect(layer).not.toBeEmpty();
      all += (await layer.textContent()) ?? '';
    }
    return all;
  }

  async search(query: string): Promise<void> {
    await this.root().getByTestId('viewer-search').fill(query);
  }

  hitSummary() {
    return this.root().getByTestId('viewer-hits');
  }

  highlighted() {
    return this.root().locator('.textLayer .hit');
  }

  flags() {
    return this.root().getByTestId('flag');
  }

  /** The highlighted region of a flag on its page. */
  flagRegion(index = 0) {
    return this.root().getByTestId('flag-region').nth(index);
  }

  /** A key pressed while reading (not typing): N / P move between flags, D starts a dismissal. */
  async press(key: string): Promise<void> {
    await this.root().getByTestId('pdf-pages').focus();
    await this.page.keyboard.press(key);
  }

  /** Dismisses the selected flag with one key and a reason. */
  async dismissSelected(reason: string): Promise<void> {
    await this.press('d');
    await this.page.keyboard.type(reason);
    await this.page.keyboard.press('Enter');
  }

  currentPage() {
    return this.root().getByTestId('viewer-page');
  }

  async close(): Promise<void> {
    await this.root()
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await expect(this.root()).toBeHidden();
  }
}
