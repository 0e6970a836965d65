import type { Page } from '@playwright/test';
import type { Busy, Expectation, QueueBenchApi, UserEvent } from './api';

/**
 * The runner's side of the two in-page scripts: drives the real workstation
 * in a Playwright page and reads each figure off the page's own clock.
 */

export const GRID = '[data-testid="queue-grid"]';
const WAIT_MS = 180_000;

/** Calls one method of `window.queueBench` (tools.ts), with arguments that survive serialisation. */
export function toolsOf(page: Page) {
  return <M extends keyof QueueBenchApi>(method: M, ...args: Parameters<QueueBenchApi[M]>) =>
    page.evaluate(
      ([name, values]) => {
        const api = window.queueBench;
        if (!api) throw new Error('the bench tools are not loaded in this page');
        return (api[name] as (...a: unknown[]) => unknown).apply(api, values);
      },
      [method, args] as const,
    ) as Promise<Awaited<ReturnType<QueueBenchApi[M]>>>;
}

export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill('demo1234');
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('current-user').waitFor({ timeout: WAIT_MS });
}

/**
 * The signed-in queue with rows, and sync at rest after its first run: rows
 * appear while the first sync is still running (its first page applied), so
 * the indicator saying "synced" after that means the whole run is done.
 */
export async function waitForFirstSync(page: Page): Promise<void> {
  await page.locator(`${GRID} .ag-row[row-id]`).first().waitFor({ timeout: WAIT_MS });
  await page
    .getByTestId('sync-indicator')
    .filter({ hasText: /已同步|Synced/ })
    .waitFor({ timeout: WAIT_MS });
}

/** Leaves the queue for another page of the app, as a user does (client-side). */
export async function leaveQueue(page: Page): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.locator(GRID).waitFor({ state: 'detached', timeout: WAIT_MS });
}

export async function resetWatch(page: Page): Promise<void> {
  await page.evaluate(() => window.queueWatch?.reset());
}

export async function latestRowIds(page: Page): Promise<string> {
  return page.evaluate(() => window.queueWatch?.latest()?.rowIds ?? '');
}

/**
 * Milliseconds from the runner's last `type` event on `target` to the end of
 * the first frame that showed what `expectation` describes.
 */
export async function timeToFrame(
  page: Page,
  type: UserEvent['type'],
  target: string,
  expectation: Expectation,
): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      ([t, on, expected]) => {
        const event = window.queueWatch?.lastEvent(t, on);
        const shown = event ? window.queueWatch?.find(expected, event.at) : null;
        return shown?.framedAt && event ? shown.framedAt - event.at : null;
      },
      [type, target, expectation] as const,
      { polling: 50, timeout: WAIT_MS },
    );
    return (await handle.jsonValue()) as number;
  } catch (error) {
    throw new Error(
      `the queue never showed ${JSON.stringify(expectation)} after a ${type} on ${target}; ` +
        `last seen: ${JSON.stringify(await page.evaluate(() => window.queueWatch?.latest()))}`,
      { cause: error },
    );
  }
}

/** Milliseconds from the start of this document's navigation to the first frame showing `expectation`. */
export async function loadToFrame(page: Page, expectation: Expectation): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => window.queueWatch?.find(expected, 0)?.framedAt ?? null,
    expectation,
    { polling: 50, timeout: WAIT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The page left alone until `untilMs` after its navigation began: its long
 * tasks from `fromMs` on. Null when the page is already past `fromMs`.
 */
export async function idleUntil(page: Page, fromMs: number, untilMs: number): Promise<Busy | null> {
  const now = await page.evaluate(() => performance.now());
  if (now > fromMs) return null;
  await page.waitForTimeout(untilMs - now);
  return page.evaluate(([from, to]) => window.queueWatch?.busy(from, to) ?? null, [
    fromMs,
    untilMs,
  ] as const);
}

/** V8's used heap of the page after full collections, in MiB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    // Twice: the first collection can leave objects only the second one frees (weak maps, finalisers).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
