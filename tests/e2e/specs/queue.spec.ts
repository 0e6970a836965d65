import { expect, test } from '@playwright/test';
import { CaseQueue } from '../pages/case-queue';
import { SignInPage } from '../pages/sign-in-page';
import { findDemoCase, usernameOf } from '../support/demo-cases';

const FINISHED = new Set(['CLOSED', 'FOLLOW_UP', 'DENIED', 'WITHDRAWN']);

test('an adjuster’s queue puts the green-channel case first and says why; search and chips narrow it; a saved view survives a reload', async ({
  page,
  request,
}) => {
  const found = await findDemoCase(
    request,
    (c) => c.greenChannel && !FINISHED.has(c.state) && !!c.assigneeId?.startsWith('user-adj-'),
  );
  if (!found) throw new Error('the demo has no open green-channel case with an adjuster');
  const green = found.case;
  const adjuster = green.assigneeId ?? '';
  const caseNumber = green.caseNumber ?? '';
  const queue = new CaseQueue(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signInAsDemoUser(usernameOf(adjuster));

  // Sorted by priority: a green-channel case leads, and the tooltip names the score's parts.
  await expect(queue.rowCell(0, 'markers')).toContainText('绿色通道');
  const why = await queue.whyFirst();
  expect(why).toContain('绿色通道');
  expect(why).toContain('索赔金额');
  const all = await queue.shownCount();
  expect(all).toBeGreaterThan(1);

  // The quick filter, reached with "/", narrows to one case.
  await queue.focusSearchWithSlash();
  await queue.search(caseNumber);
  await queue.expectShown((n) => n === 1, 'searching a case number leaves that case');
  await queue.search('');
  await queue.expectShown((n) => n === all, 'clearing the search shows every case again');

  // A line chip keeps only that line.
  await queue.toggleChip('line', green.line);
  await expect(queue.chip('line', green.line)).toHaveAttribute('aria-pressed', 'true');
  // The grid refilters after the chip repaints, so wait for the rows rather than read them once.
  const lineLabel = await queue.chipLabel('line', green.line);
  await expect
    .poll(async () => [...new Set(await queue.cells('line').allInnerTexts())], {
      message: 'only the chosen line is shown',
    })
    .toEqual([lineLabel]);
  const ofLine = await queue.shownCount();
  expect(ofLine).toBeLessThanOrEqual(all);
  // An SLA chip narrows further to cases whose deadline is in that state.
  const slaChips = page.locator('[data-testid^="chip-sla-"]');
  const firstSla = ((await slaChips.first().getAttribute('data-testid')) ?? '').replace(
    'chip-sla-',
    '',
  );
  await queue.toggleChip('sla', firstSla);
  await queue.expectShown((n) => n <= ofLine, 'the SLA chip narrows the line');
  await queue.toggleChip('sla', firstSla);

  // Saved under a name, the view comes back after a reload.
  await queue.saveView('绿色通道险种');
  await page.reload();
  await queue.expectShown((n) => n === all, 'a reload starts from the whole queue');
  await expect(queue.chip('line', green.line)).toHaveAttribute('aria-pressed', 'false');
  await queue.applyView('绿色通道险种');
  await expect(queue.chip('line', green.line)).toHaveAttribute('aria-pressed', 'true');
  await queue.expectShown((n) => n === ofLine, 'the saved view shows the same cases');
});
