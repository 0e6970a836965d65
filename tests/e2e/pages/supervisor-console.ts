import type { Page } from '@playwright/test';

/** The supervisor's console: workload, overdue deadlines, rebalancing and the KPI dashboard. */
export class SupervisorConsole {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-supervisor').click();
  }

  workloadRows() {
    return this.page.getByTestId('workload-table').locator('tbody tr');
  }

  breaches() {
    return this.page.getByTestId('breaches');
  }

  rebalancing() {
    return this.page.getByTestId('rebalance');
  }

  async showKpis(): Promise<void> {
    await this.page.getByTestId('tab-kpi').click();
  }

  kpiCards() {
    return this.page
      .getByTestId('kpi-dashboard')
      .locator('[data-testid^="kpi-"]:not([data-testid="kpi-value"])');
  }
}
