// Connections drop, servers fail and answers come broken: the page stays readable, says what
// happened in the reader's language, offers to try again, and never panics.
const { test, expect, messages, plain, ownServer, holdApp, appRan, controlled } = require('./fixtures');

const en = messages('en');

async function fillLoan(page) {
  await page.getByLabel(en['loan-amount-label']).fill('4800');
  await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('3');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
}

test.describe('with the service worker', () => {
  test.use({
    serviceWorkers: 'allow',
    expectedConsoleErrors: [/Failed to load resource|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|status of 503/],
  });

  test('the server dies mid-session: every visited page still works, saying it is offline', async ({ page }) => {
    // Starts servers of its own: each start compresses the whole app (seconds).
    test.slow();
    const server = await ownServer({ copy: false });
    try {
      await page.goto(`${server.origin}/en/`);
      await controlled(page);
      await appRan(page);
      await page.getByRole('navigation').getByRole('link', { name: en['shell-nav-loan'] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
      // The service worker saves the page the app moved to in the background.
      await expect.poll(() => page.evaluate(async () => {
        const keys = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) keys.push(new URL(request.url).pathname);
        }
        return keys;
      })).toContain('/en/loan');
      await server.stop();

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
      await expect(page.getByText(en['shell-offline-notice'])).toBeVisible();
      await fillLoan(page);
      await expect(page.locator('.result__summary')).toContainText('66.67');
      await page.getByRole('navigation').getByRole('link', { name: en['shell-nav-home'] }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(en['home-title']));
      await page.goto(`${server.origin}/en/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(en['home-title']));
      await expect(page.getByText(en['shell-offline-notice'])).toBeVisible();
    } finally {
      await server.remove();
    }
  });

  test('storage cleared while offline: the offline page, then full recovery online', async ({ page, context }) => {
    await page.goto('/en/loan');
    await controlled(page);
    await context.setOffline(true);
    await page.evaluate(async () => {
      for (const name of await caches.keys()) await caches.delete(name);
      localStorage.clear();
    });
    await page.goto('/en/loan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['offline-title']);
    await context.setOffline(false);
    await page.goto('/en/loan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
    await fillLoan(page);
    await expect(page.locator('.result__summary')).toContainText('66.67');
    // Everything needed is saved again: offline works once more.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
    await context.setOffline(false);
  });
});

test('a slow API: the estimate answers at once from the rules the app already has', async ({ page }) => {
  // The API's answer is held until the estimate has been seen.
  let answer;
  const held = new Promise((resolve) => { answer = resolve; });
  let answered = false;
  await page.route('**/api/v1/loan-policy', async (route) => {
    await held;
    answered = true;
    await route.continue().catch(() => {});
  });
  const app = await holdApp(page);
  await page.goto('/en/loan');
  await app.start();
  await fillLoan(page);
  await expect(page.locator('.result__summary')).toContainText('66.67');
  // The estimate did not wait for the API's answer.
  expect(answered).toBe(false);
  answer();
});

test.describe('messages that cannot be had', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('a start without messages says so, starts once back online, and only once', async ({ page }) => {
    const catalogs = '**/l10n/*.json';
    await page.route(catalogs, (route) => route.abort());
    await page.goto('/en/loan');
    await expect(page.getByText(en['shell-app-missing'])).toBeVisible();
    await page.getByLabel(en['loan-amount-label']).fill('4800');

    await page.unroute(catalogs);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await appRan(page);
    await expect(page.getByText(en['shell-app-missing'])).toBeHidden();
    // What was typed before the app came carried over.
    await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('4800');
    await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('3');
    await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
    await expect(page.locator('.result__summary')).toContainText('66.67');

    // Later connections coming back start nothing again: the page and what was typed stay.
    await page.evaluate(() => { window.__app = document.querySelector('main'); });
    let asked = 0;
    await page.route(catalogs, (route) => { asked += 1; return route.continue(); });
    await page.evaluate(() => { window.dispatchEvent(new Event('online')); window.dispatchEvent(new Event('online')); });
    // (A start would ask for the messages at once, and take over the page right after.)
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await page.evaluate(() => window.__app.isConnected && document.querySelectorAll('main').length)).toBe(1);
    await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('4800');
    await expect(page.locator('.result__summary')).toContainText('66.67');
    expect(asked).toBe(0);
  });

  test('a language kept on the phone whose messages cannot be had: the page\'s own language', async ({ page }) => {
    // Someone chose Tigrinya on this phone; its messages are not to be had now.
    await page.addInitScript(() => localStorage.setItem('passage-lang', 'ti'));
    await page.route('**/l10n/*-ti-*.json', (route) => route.abort());
    await page.goto('/en/loan');
    await appRan(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
    await fillLoan(page);
    await expect(page.locator('.result__summary')).toContainText('66.67');
  });
});

test.describe('broken answers', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  const BROKEN = {
    'malformed JSON': { status: 200, contentType: 'application/json', body: '{"currency": "CAD", "brackets": ' },
    'a value of the wrong kind': { status: 200, contentType: 'application/json', body: '{"currency":"CAD","brackets":{"value":[{"up_to":null,"months":"many"}]}}' },
    'a missing field': { status: 200, contentType: 'application/json', body: '{"currency":"CAD"}' },
    'a 500': { status: 500, contentType: 'application/problem+json', body: '{"title":"Internal Server Error","status":500}' },
    'a truncated body': { status: 200, contentType: 'application/json', body: '{"currency":"CAD","brackets":{"value":[{"up_to":120000,"mon' },
  };

  for (const [what, answer] of Object.entries(BROKEN)) {
    test(`${what}: only the rules note says so, with a retry that recovers`, async ({ page }) => {
      let broken = true;
      await page.route('**/api/v1/loan-policy', (route) => (broken ? route.fulfill(answer) : route.continue()));
      await page.goto('/en/loan');
      await fillLoan(page);
      // The estimate itself is untouched: the built-in rules answer.
      await expect(page.locator('.result__summary')).toContainText('66.67');
      const note = page.locator('.rules-note');
      await expect(note).toContainText(plain(en['loan-rules-server-error']));
      broken = false;
      await page.getByRole('button', { name: en['loan-rules-retry'] }).click();
      await expect(note).not.toContainText(plain(en['loan-rules-server-error']));
      await expect(page.getByRole('button', { name: en['loan-rules-retry'] })).toHaveCount(0);
    });
  }
});
