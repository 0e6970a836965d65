import { runE2e } from './e2e';

/** Review screenshots of every screen, both languages, both themes: reports/screenshots/. */
process.env['SCREENSHOTS'] = '1';
runE2e(['tests/e2e/specs/screenshots.spec.ts', '--reporter=list']).then((code) =>
  process.exit(code),
);
