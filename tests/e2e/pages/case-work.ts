import { expect, type Page } from '@playwright/test';

/**
 * The case workspace's working parts: the status actions, the materials
 * checklist and its notice, contacts, complaints and history.
 */
export class CaseWork {
  constructor(private readonly page: Page) {}

  /** The status changes offered, by their target state code. */
  async offeredMoves(): Promise<string[]> {
    const buttons = this.page.getByTestId('transitions').locator('[data-testid^="transition-"]');
    const ids = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    return ids.map((id) => (id ?? '').replace('transition-', ''));
  }

  /** Moves the case on, giving a reason (and a clause for a denial) when asked. */
  async moveTo(state: string, reason?: string): Promise<void> {
    await this.page.getByTestId(`transition-${state}`).click();
    const dialog = this.page.getByTestId('transition-dialog');
    if (reason) await dialog.getByLabel(/^(原因|Reason)/).fill(reason);
    await dialog.getByRole('button', { name: /^(确认|Confirm)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  materialItem(code: string) {
    return this.page.locator(`[data-testid="material-item"][data-code="${code}"]`);
  }

  /** Codes of the required items the checklist shows as not received. */
  async missingRequired(): Promise<string[]> {
    return this.page
      .locator('[data-testid="material-item"]:not([data-status="present"])')
      .filter({ hasText: /必交|Required/ })
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  }

  async markReceived(code: string): Promise<void> {
    await this.materialItem(code)
      .getByRole('button', { name: /^(标记已收到|Mark received)$/ })
      .click();
    await expect(this.materialItem(code)).toHaveAttribute('data-status', 'present');
  }

  /** Opens the missing-materials notice; its preview lists what it will ask for. */
  async openNotice() {
    await this.page.getByTestId('materials-notice').click();
    const dialog = this.page.getByTestId('notice-dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  noticePreview() {
    return this.page.getByTestId('notice-preview');
  }

  repeatWarning() {
    return this.page.getByTestId('repeat-warning');
  }

  async sendNotice(): Promise<void> {
    await this.page.getByTestId('send-notice').click();
    await expect(this.page.getByTestId('notice-dialog')).toBeHidden();
  }

  async closeDialog(): Promise<void> {
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /^(取消|Cancel)$/ })
      .click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  contacts() {
    return this.page.getByTestId('contact');
  }

  async logContact(outcome: string): Promise<void> {
    await this.page
      .getByTestId('contacts')
      .getByRole('button', { name: /记录联系|Log a contact/ })
      .click();
    await this.page.getByTestId('contact-outcome').fill(outcome);
    await this.page
      .getByTestId('contact-dialog')
      .getByRole('button', { name: /^(保存|Save)$/ })
      .click();
    await expect(this.contacts().filter({ hasText: outcome })).toBeVisible();
  }

  complaints() {
    return this.page.getByTestId('complaint');
  }

  async recordComplaint(summary: string): Promise<void> {
    await this.page
      .getByTestId('complaints')
      .getByRole('button', { name: /记录投诉|Record a complaint/ })
      .click();
    await this.page.getByTestId('complaint-text').fill(summary);
    await this.page.getByTestId('save-complaint').click();
    await expect(this.complaints().filter({ hasText: summary })).toBeVisible();
  }

  /** Takes the complaint's next step (responded, escalated, resolved, revisited). */
  async complaintStep(summary: string, step: string, text = ''): Promise<void> {
    await this.complaints().filter({ hasText: summary }).getByTestId(`complaint-${step}`).click();
    if (text) await this.page.getByTestId('complaint-text').fill(text);
    await this.page.getByTestId('save-complaint').click();
    await expect(this.page.getByTestId('complaint-dialog')).toBeHidden();
  }

  /** The clocks one complaint shows, as kind → state. */
  async complaintClocks(summary: string): Promise<Record<string, string>> {
    const chips = this.complaints().filter({ hasText: summary }).getByTestId('clock');
    const pairs = await chips.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-kind') ?? '', e.getAttribute('data-state') ?? '']),
    );
    return Object.fromEntries(pairs);
  }

  historyEntries() {
    return this.page.getByTestId('history-entry');
  }

  async filterHistory(kind: string): Promise<void> {
    await this.page.getByTestId(`history-kind-${kind}`).click();
  }

  rejections() {
    return this.page.getByTestId('case-rejection');
  }

  /** Records the satisfaction follow-up with one score (1–5) for process, speed and communication. */
  async recordSurvey(score: number, comment: string): Promise<void> {
    const panel = this.page.getByTestId('follow-up');
    for (const part of ['process', 'speed', 'communication'])
      await panel
        .getByTestId(`rating-${part}`)
        .locator('label')
        .nth(score - 1)
        .click();
    await panel.getByLabel(/客户意见|Customer's comments/).fill(comment);
    await panel.getByRole('button', { name: /记录回访|Record follow-up/ }).click();
    await expect(panel.getByTestId('survey')).toBeVisible();
  }
}
