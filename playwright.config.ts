import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 4790);
const dataDir =
  process.env['E2E_DATA_DIR'] ?? mkdtempSync(path.join(os.tmpdir(), 'workstation-e2e-'));
// Keep the same folder in worker processes, which evaluate this file again.
process.env['E2E_DATA_DIR'] = dataDir;

export default defineConfig({
  testDir: 'tests/e2e/specs',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(process.env['CHROMIUM_PATH'] ? { executablePath: process.env['CHROMIUM_PATH'] } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node out/server/main.js',
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATA_DIR: path.join(dataDir, 'central'),
      DEMO: '1',
      DEMO_CASES: '300',
      // Generated papers and photos slow the seed; the review screenshots show them in the viewer.
      DEMO_DOCUMENTS: process.env['SCREENSHOTS'] ? '1' : '0',
      // Specs file the same generated papers on many cases, which the cross-claim checks would
      // rightly flag as duplicates; the screenshots show those checks on the demo's own papers.
      CROSS_CLAIM_CHECK_SECONDS: process.env['SCREENSHOTS'] ? '5' : '0',
      LOG_LEVEL: 'warn',
    },
  },
});
