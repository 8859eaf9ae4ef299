// Playwright drives the release build (dist/) served by serve.mjs, in
// Debian's Chromium. Tests are independent: each gets a fresh browser
// context, hence an empty IndexedDB.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 8091);
export default defineConfig({
  testDir: './tests',
  // The benchmark runs with `make bench` only.
  testIgnore: process.env.BENCH ? [] : ['**/bench*.spec.mjs'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [['list']],
  outputDir: '../../target/tmp/pw-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
      // As root Chromium needs --no-sandbox; the network is closed, so no background calls.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: {
    command: 'node serve.mjs',
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT), DIST_DIR: process.env.DIST_DIR ?? '../../dist' },
    reuseExistingServer: false,
    timeout: 15_000,
  },
});
