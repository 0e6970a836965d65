import { expect, type Locator, type Page } from '@playwright/test';

/** The case queue: its rows, search, chips, saved views and (for supervisors) bulk reassignment. */
export class CaseQueue {
  constructor(private readonly page: Page) {}

  private grid(): Locator {
    return this.page.getByTestId('queue-grid');
  }

  cells(column: string): Locator {
    return this.grid().locator(`[role="gridcell"][col-id="${column}"]`);
  }

  /** Case numbers of the rendered rows, top to bottom. */
  async caseNumbers(): Promise<string[]> {
    await expect(this.cells('caseNumber').first()).toBeVisible();
    return this.cells('caseNumber').evaluateAll((cells) =>
      cells
        .map((cell) => ({
          index: Number(cell.closest('[row-index]')?.getAttribute('row-index') ?? -1),
          text: cell.textContent?.trim() ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((r) => r.text),
    );
  }

  /** How many cases the queue shows now, from "N of M cases"; -1 while it is still loading. */
  async shownCount(): Promise<number> {
    const text = await this.page.getByTestId('page-subtitle').innerText();
    const match = /([\d,]+)\s*(?:\/|of)/.exec(text);
    return match?.[1] ? Number(match[1].replace(/,/g, '')) : -1;
  }

  async expectShown(predicate: (n: number) => boolean, message: string): Promise<void> {
    await expect.poll(async () => predicate(await this.shownCount()), { message }).toBe(true);
  }

  /** Hovers the first row's priority and returns what its tooltip says. */
  async whyFirst(): Promise<string> {
    const caseNumber = (await this.rowCell(0, 'caseNumber').innerText()).trim();
    await this.rowCell(0, 'priority').locator('[data-testid="priority-cell"]').hover();
    // The grid keeps one tooltip; one for a row the pointer crossed may still be fading out.
    const why = this.page.locator(`[data-testid="priority-why"][data-case="${caseNumber}"]`);
    await expect(why).toBeVisible();
    return why.innerText();
  }

  rowCell(index: number, column: string): Locator {
    return this.grid().locator(`.ag-row[row-index="${index}"] [col-id="${column}"]`).first();
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('queue-search').fill(text);
  }

  async focusSearchWithSlash(): Promise<void> {
    await this.cells('caseNumber').first().click();
    await this.page.keyboard.press('/');
    await expect(this.page.getByTestId('queue-search')).toBeFocused();
  }

  chip(kind: 'sla' | 'line' | 'state', value: string): Locator {
    return this.page.getByTestId(`chip-${kind}-${value}`);
  }

  /** A chip's label without the count that follows it ("寿险 12" → "寿险"). */
  async chipLabel(kind: 'sla' | 'line' | 'state', value: string): Promise<string> {
    const text = await this.chip(kind, value).innerText();
    return text.replace(/\s*[\d,]+\s*$/, '').trim();
  }

  async toggleChip(kind: 'sla' | 'line' | 'state', value: string): Promise<void> {
    await this.chip(kind, value).click();
  }

  async saveView(name: string): Promise<void> {
    await this.page.getByTestId('saved-views').click();
    await this.page.getByTestId('save-view').click();
    await this.page.getByTestId('view-name').fill(name);
    await this.page.getByTestId('view-save-confirm').click();
    // Saved once it is listed: the list is read back from this device's database.
    await this.page.getByTestId('saved-views').click();
    await expect(this.page.getByTestId(`saved-view-${name}`)).toBeVisible();
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId(`saved-view-${name}`)).toBeHidden();
  }

  async applyView(name: string): Promise<void> {
    await this.page.getByTestId('saved-views').click();
    await this.page.getByTestId(`saved-view-${name}`).click();
  }

  async showView(view: 'mine' | 'team' | 'unassigned'): Promise<void> {
    await this.page.getByTestId(`view-${view}`).click();
  }

  /** Ticks the checkboxes of the first `count` rendered rows assigned to `assignee` (by name). */
  async selectFirstOf(assignee: string, count: number): Promise<string[]> {
    await expect(this.cells('caseNumber').first()).toBeVisible();
    const chosen: string[] = [];
    const rendered = (await this.caseNumbers()).length;
    for (let i = 0; i < rendered && chosen.length < count; i++) {
      const name = (await this.rowCell(i, 'assigneeName').innerText()).trim();
      if (name !== assignee) continue;
      chosen.push((await this.rowCell(i, 'caseNumber').innerText()).trim());
      await this.grid()
        .locator(`.ag-row[row-index="${i}"] .ag-selection-checkbox input`)
        .first()
        .check();
    }
    return chosen;
  }

  async reassignSelected(toUserId: string, reason: string): Promise<void> {
    await this.page.getByTestId('reassign-selected').click();
    await this.page.getByRole('dialog').getByRole('combobox').click();
    await this.page.getByTestId(`reassign-option-${toUserId}`).click();
    await this.page.getByTestId('reassign-reason').fill(reason);
    await this.page.getByTestId('reassign-submit').click();
    await expect(this.page.getByTestId('reassign-submit')).toBeHidden();
  }
}
