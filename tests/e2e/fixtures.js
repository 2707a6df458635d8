// Shared test set-up: a page that records console errors, CSP violations and requests to any
// other origin, checked after every test; and the app's own Fluent messages, so tests name
// things by the words a user reads in each language.
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const base = require('@playwright/test');

const LOCALES = path.join(__dirname, '..', '..', 'locales');

/** Single-line messages of one locale, with the brand term resolved. */
function messages(locale) {
  const out = {};
  const terms = {};
  for (const file of fs.readdirSync(path.join(LOCALES, locale))) {
    if (!file.endsWith('.ftl')) continue;
    for (const line of fs.readFileSync(path.join(LOCALES, locale, file), 'utf8').split('\n')) {
      const match = /^(-?[a-z][a-z0-9-]*)\s*=\s*(.+)$/.exec(line);
      if (!match) continue;
      (match[1].startsWith('-') ? terms : out)[match[1]] = match[2].trim();
    }
  }
  for (const id of Object.keys(out)) {
    out[id] = out[id].replace(/\{\s*(-[a-z-]+)\s*\}/g, (_, term) => terms[term] ?? '');
  }
  return out;
}

/** Removes the bidi isolation marks Fluent puts around placeables. */
function plain(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** Polls a locator's text with the bidi marks removed: `await plainText(x).toContain('…')`. */
function plainText(locator) {
  return base.expect.poll(async () => plain((await locator.textContent()) ?? ''));
}

const test = base.test.extend({
  // Console errors a test causes on purpose (e.g. a request it makes fail), as regexps.
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, baseURL, expectedConsoleErrors }, use) => {
    const problems = [];
    // The app's own origin: the test server's, or that of a server a test started itself.
    const origins = new Set([new URL(baseURL).origin]);

    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) origins.add(url.origin);
      if (!origins.has(url.origin) && url.protocol !== 'data:') {
        problems.push(`request to another origin: ${url.origin}`);
      }
    });
    await page.addInitScript(() => {
      // The static first view's <main>, which the app replaces when it takes over (see appRan).
      document.addEventListener('DOMContentLoaded', () => { window.__firstView = document.querySelector('main'); });
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(page);
    const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
    for (const violation of csp) problems.push(`CSP violation: ${violation}`);
    base.expect(problems, 'no console errors, CSP violations or foreign requests').toEqual([]);
  },
});

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A passage-api of the test's own (to stop, change or restart), serving `dist` (by default a
 * copy of the built app, which the test may change) on a port of its own; `data`, a data
 * directory of the test's own (imported at start).
 */
async function ownServer({ copy = true, data = null } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passage-e2e-'));
  const dist = path.join(dir, 'dist');
  if (copy) fs.cpSync(process.env.PASSAGE_DIST, dist, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let child = null;
  const server = {
    origin,
    dist,
    async start() {
      child = spawn(process.env.PASSAGE_API_BIN, ['serve'], {
        env: {
          ...process.env,
          PORT: String(port),
          PASSAGE_DIST: copy ? dist : process.env.PASSAGE_DIST,
          PASSAGE_DB: path.join(dir, 'passage.db'),
          ...(data ? { PASSAGE_DATA: data } : {}),
          RUST_LOG: 'warn',
        },
        stdio: 'ignore',
      });
      // Starting compresses the whole app: seconds, more while other tests run.
      for (let i = 0; i < 600; i++) {
        try {
          if ((await fetch(`${origin}/api/v1/health`)).ok) return;
        } catch (_) { /* starting */ }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('passage-api did not start');
    },
    async stop() {
      if (!child) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      child = null;
    },
    async remove() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/**
 * Holds the app's wasm back, so a test can see and use the static first view; `start()` lets
 * it through and waits until the app has drawn its page over the static one.
 */
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const wasm = /_bg\.wasm$/;
  await page.route(wasm, async (route) => {
    await held;
    await route.continue();
  });
  return {
    async start() {
      await page.evaluate(() => { document.querySelector('main h1').dataset.firstView = 'yes'; });
      release();
      await page.waitForFunction(() => {
        const heading = document.querySelector('main h1');
        return heading && heading.dataset.firstView !== 'yes';
      });
      await page.unroute(wasm);
    },
  };
}

/**
 * Waits until the app has drawn its page over the static first view (with the shared page
 * fixture): until then, the page's buttons are the static view's and do nothing, and its
 * elements are replaced. (When the service worker serves the wasm, holdApp cannot hold it.)
 */
async function appRan(page) {
  await page.waitForFunction(() => window.__firstView && !window.__firstView.isConnected);
}

/**
 * Dates, times and money as the app writes them in English (src/format.rs), computed by the page's own
 * Intl with the same options: a test never types what one version of Chromium prints.
 * `day` is `2026-12-03`; `at` an ISO moment; `zone` an IANA time zone.
 */
const written = {
  /** "December 3, 2026". */
  date: (page, day) => page.evaluate((day) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(`${day}T00:00:00Z`)), day),
  /** "Thursday, December 3, 2026 at 9:30 AM" in `zone`. */
  moment: (page, at, zone) => page.evaluate(([at, zone]) => new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone: zone })
    .format(new Date(at)), [at, zone]),
  /** "8:00 AM" for `08:00`. */
  clock: (page, hhmm) => page.evaluate((hhmm) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
    .format(new Date(`2024-01-01T${hhmm}:00Z`)), hhmm),
  /** "March 2027" for `2027-03`. */
  monthYear: (page, month) => page.evaluate((month) => new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${month}-01T00:00:00Z`)), month),
  /** "CA$4,800.00" for `4800.00`. */
  money: (page, amount) => page.evaluate((amount) => new Intl.NumberFormat('en', { style: 'currency', currency: 'CAD' })
    .format(amount), amount),
  /** "Saturday" for 6 (1 is Monday). */
  weekday: (page, n) => page.evaluate((n) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2024, 0, n))), n),
};

/** Noon (UTC) of the day the test server serves as (PASSAGE_TODAY): pages whose first view
 * holds dates are opened with their clock here, as the prerender drew them. */
const TEST_NOON = new Date(`${process.env.PASSAGE_TODAY || '2026-12-02'}T12:00:00Z`);

/** Waits until the service worker controls the page (it has saved what it saves). */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

module.exports = { test, expect: base.expect, messages, plain, plainText, ownServer, holdApp, appRan, controlled, TEST_NOON, written };
