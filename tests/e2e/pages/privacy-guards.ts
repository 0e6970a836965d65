import { expect, type Page } from '@playwright/test';

/**
 * What protects a workstation left alone or handed a hostile link: the lock
 * screen, masked personal fields with their reveal buttons, and the guard on
 * links to outside sites.
 */
export class PrivacyGuards {
  constructor(private readonly page: Page) {}

  lockScreen() {
    return this.page.getByTestId('lock-screen');
  }

  async lockNow(): Promise<void> {
    await this.page.getByTestId('lock-now').click();
    await expect(this.lockScreen()).toBeVisible();
  }

  async unlock(password: string): Promise<void> {
    await this.page.getByTestId('unlock-password').fill(password);
    await this.lockScreen()
      .getByRole('button', { name: /^(解锁|Unlock)$/ })
      .click();
  }

  lockProblem() {
    return this.lockScreen().getByRole('alert');
  }

  async setAutoLockMinutes(minutes: number): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByLabel(/无操作自动锁定|Lock after no activity for/).click();
    await this.page
      .getByRole('option', { name: new RegExp(`^${minutes} (分钟|minutes?)$`) })
      .click();
  }

  personalField(field: 'idNumber' | 'phone') {
    return this.page.getByTestId(`personal-${field}`);
  }

  async reveal(field: 'idNumber' | 'phone'): Promise<void> {
    await this.personalField(field).getByRole('button').click();
    await expect(this.personalField(field).locator('[data-revealed="true"]')).toBeVisible();
  }

  /** A link to an outside site, as a document or pasted text could carry, clicked by the user. */
  async clickOutsideLink(url: string): Promise<void> {
    await this.page.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, textContent: 'link' });
      link.dataset.testid = 'outside-link';
      document.querySelector('main')?.append(link);
    }, url);
    await this.page.getByTestId('outside-link').click();
  }

  blockedNotice() {
    return this.page.getByTestId('blocked-navigation');
  }

  /** What `window.open` returned for the URL: null when nothing opened. */
  windowOpen(url: string): Promise<boolean> {
    return this.page.evaluate((target) => window.open(target) !== null, url);
  }

  /**
   * Everything the workstation's IndexedDB holds, read with the raw browser
   * API as anyone with the disk could: every record of every store, file
   * bytes included, as one string.
   */
  rawLocalData(): Promise<string> {
    return this.page.evaluate(async () => {
      const request = (r: IDBRequest) =>
        new Promise<unknown>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const db = (await request(indexedDB.open('workstation'))) as IDBDatabase;
      const parts: string[] = [];
      for (const name of Array.from(db.objectStoreNames)) {
        const rows = (await request(db.transaction(name).objectStore(name).getAll())) as Record<
          string,
          unknown
        >[];
        for (const row of rows) {
          for (const value of Object.values(row)) {
            if (value instanceof Blob) parts.push(await value.text());
          }
          parts.push(JSON.stringify(row));
        }
      }
      db.close();
      return parts.join('\n');
    });
  }
}
