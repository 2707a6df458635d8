// Browser journeys against the release build served by passage-api. `./run test` sets
// PASSAGE_API_BIN, PASSAGE_DIST, PASSAGE_DB and PASSAGE_TEST_PORT; Chromium is Debian's.
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.PASSAGE_TEST_PORT || 18080);
// The day the server imports and serves as (./run test sets it; see there).
process.env.PASSAGE_TODAY = process.env.PASSAGE_TODAY || '2026-12-02';

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'en-GB',
    serviceWorkers: 'block',
  },
  webServer: {
    command: process.env.PASSAGE_API_BIN || 'target/debug/passage-api',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      PASSAGE_DIST: process.env.PASSAGE_DIST || 'dist',
      // Imported from data/ at start when missing; ./run test starts from a fresh one.
      PASSAGE_DB: process.env.PASSAGE_DB || 'passage.db',
      RUST_LOG: 'warn',
      PASSAGE_TODAY: process.env.PASSAGE_TODAY,
      // The tests stand in for many clients (X-Forwarded-For), each with its own budget of
      // access-code attempts, as behind a real proxy.
      PASSAGE_TRUSTED_PROXIES: '127.0.0.1',
    },
  },
});
