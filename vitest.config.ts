import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/src/**/*.test.ts',
      'server/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/lint/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/analysis/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/support/device-key.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: PGlite instances and ESLint runs are heavy, so keep workers few.
    maxWorkers: 2,
  },
});
