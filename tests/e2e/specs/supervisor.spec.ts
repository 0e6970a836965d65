import { expect, test } from '@playwright/test';
import { KPI_IDS } from '@shared/domain/kpi';
import { SignInPage } from '../pages/sign-in-page';
import { SupervisorConsole } from '../pages/supervisor-console';

test('a supervisor sees the team’s workload, overdue deadlines, a rebalancing proposal and every KPI with its trend', async ({
  page,
}) => {
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser('sup.north');
  const desk = new SupervisorConsole(page);
  await desk.open();

  await expect(desk.workloadRows().first()).toBeVisible();
  expect(await desk.workloadRows().count()).toBeGreaterThanOrEqual(3);
  await expect(desk.breaches()).toBeVisible();
  await expect(desk.rebalancing()).toBeVisible();

  await desk.showKpis();
  await expect(desk.kpiCards()).toHaveCount(KPI_IDS.length);
  for (const id of KPI_IDS) {
    const card = page.getByTestId(`kpi-${id}`);
    await expect(card.getByTestId('kpi-value')).not.toHaveText('');
    await expect(card.locator('svg .MuiLineElement-root, svg path').first()).toBeAttached();
  }
});
