import { expect, type Page } from '@playwright/test';

export type Area = 'queue' | 'supervisor' | 'case' | 'field' | 'sync' | 'settings';

/** The signed-in workstation: top bar, navigation and the page on show. */
export class Workstation {
  constructor(private readonly page: Page) {}

  pageTitle() {
    return this.page.getByTestId('page-title');
  }

  async goTo(area: Area): Promise<void> {
    await this.page.getByTestId(`nav-${area}`).click();
  }

  navItem(area: Area) {
    return this.page.getByTestId(`nav-${area}`);
  }

  async switchLanguage(): Promise<void> {
    await this.page.getByTestId('toggle-language').click();
  }

  async switchTheme(): Promise<void> {
    await this.page.getByTestId('toggle-theme').click();
  }

  async documentLanguage(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  async backgroundIsDark(): Promise<boolean> {
    const colour = await this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (colour.match(/\d+/g) ?? []).map(Number);
    return (r + g + b) / 3 < 80;
  }

  /** Grid cells of one column, in display order (only the rendered rows). */
  queueCells(column: string) {
    return this.page.locator(`[data-testid="queue-grid"] [role="gridcell"][col-id="${column}"]`);
  }

  async searchQueue(text: string): Promise<void> {
    await this.page.getByTestId('queue-search').fill(text);
  }

  syncIndicator() {
    return this.page.getByTestId('sync-indicator');
  }

  async expectPending(count: number, timeout = 30_000): Promise<void> {
    await expect(this.syncIndicator()).toHaveAttribute('data-pending', String(count), {
      timeout,
    });
  }

  /** Case ids in the queue's current order (the rendered rows). */
  async queueCaseIds(): Promise<string[]> {
    await expect(this.queueCells('caseNumber').first()).toBeVisible();
    return this.page
      .locator('[data-testid="queue-grid"] .ag-row[row-id]')
      .evaluateAll((rows) =>
        [...new Set(rows.map((r) => r.getAttribute('row-id') ?? ''))].filter(Boolean),
      );
  }

  /** Browser mode keeps its shell in a service worker; offline reloads need it in control. */
  async waitForOfflineShell(): Promise<void> {
    await this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i++)
        await new Promise((r) => setTimeout(r, 100));
      return registration.active?.state;
    });
  }

  async expectOnPage(title: string | RegExp): Promise<void> {
    await expect(this.pageTitle()).toHaveText(title);
  }
}
