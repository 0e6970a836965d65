import { expect, type Page } from '@playwright/test';

/** The case workspace's calculation and approval panel. */
export class AdjudicationPanel {
  constructor(private readonly page: Page) {}

  private panel() {
    return this.page.getByTestId('adjudication');
  }

  /** Starts a calculation from the policy and the case, sets one value (by its label) with its reason, saves it. */
  async calculate(change?: { value: string; to: string; reason: string }): Promise<void> {
    await this.panel()
      .getByRole('button', { name: /新建理算|New calculation/ })
      .click();
    const dialog = this.page.getByTestId('calculation-dialog');
    await expect(dialog).toBeVisible();
    if (change) {
      await dialog.getByLabel(change.value, { exact: true }).fill(change.to);
      await dialog
        .getByLabel(new RegExp(`^(${change.value}的修改原因|Why ${change.value} was changed)$`))
        .fill(change.reason);
    }
    await expect(dialog.getByTestId('live-payable')).toBeVisible();
    await dialog.getByRole('button', { name: /保存为新版本|Save as a new version/ }).click();
    await expect(dialog).toBeHidden();
  }

  steps() {
    return this.page.getByTestId('steps').locator('tbody tr');
  }

  /** Each step's explanation, in the order the calculation took them. */
  async stepTexts(): Promise<string[]> {
    return this.steps().locator('td:nth-child(2)').allTextContents();
  }

  payable() {
    return this.page.getByTestId('payable');
  }

  async submitForApproval(payee: { account: string }): Promise<void> {
    const submit = this.page.getByTestId('submit-decision');
    await submit.getByLabel(/收款账号|Payee account/).fill(payee.account);
    await submit.getByRole('button', { name: /提交核赔|Submit for approval/ }).click();
    await expect(this.page.getByTestId('pending-decision')).toBeVisible();
  }

  autoApproval() {
    return this.page.getByTestId('auto-approval');
  }

  checks(outcome: 'passed' | 'failed') {
    return this.autoApproval().getByTestId(`check-${outcome}`);
  }

  async returnDecision(reason: string): Promise<void> {
    await this.panel()
      .getByLabel(/退回原因|Reason for returning/)
      .fill(reason);
    await this.panel()
      .getByRole('button', { name: /退回理算|Return to adjustment/ })
      .click();
    await expect(this.page.getByTestId('pending-decision')).toBeHidden();
  }

  async approve(): Promise<void> {
    await this.panel()
      .getByRole('button', { name: /^(核准|Approve)$/ })
      .click();
  }

  refusal() {
    return this.page.getByTestId('decision-refused');
  }

  /** Records the settlement payment of an approved decision. */
  async recordSettlement(amount: string, account: string): Promise<void> {
    const form = this.page.getByTestId('payment-form');
    await form.getByLabel(/金额（元）|Amount/).fill(amount);
    await form.getByLabel(/收款账号|Payee account/).fill(account);
    await form.getByRole('button', { name: /记录支付|Record payment/ }).click();
    // Payments are not shown before the service records them: it checks the ceiling and the account.
    await expect(
      this.page.getByTestId('payment').filter({ hasText: account.slice(-4) }),
    ).toBeVisible({
      timeout: 20_000,
    });
  }
}
