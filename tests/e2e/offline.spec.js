// After one visit, Passage opens without a network: the app, the pages of the reader's
// language and the public answers are saved by the service worker on that first visit.
const { test, expect, messages, plain, appRan, controlled } = require('./fixtures');

const ar = messages('ar');
const en = messages('en');

test.use({
  serviceWorkers: 'allow',
  expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|status of 503/],
});

test('right after the first visit, with no reload, the page, its language\'s home and the app open offline', async ({ page, context }) => {
  await page.goto('/ar/loan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['loan-title']);
  await controlled(page);

  await context.setOffline(true);
  // Home reads as its first view (its part of the app was not needed yet, so not saved): a page
  // of text and links, with nothing to say about the app.
  await page.goto('/ar/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(ar['home-title']));
  await expect(page.getByText(plain(ar['shell-app-missing']))).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: ar['shell-nav-loan'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['loan-title']);
  await expect(page.getByRole('status').filter({ hasText: ar['shell-offline-notice'] })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['loan-title']);
  await page.getByLabel(ar['loan-amount-label']).fill('٤٨٠٠');
  await page.getByLabel(ar['loan-arrival-month'], { exact: true }).fill('٣');
  await page.getByLabel(ar['loan-arrival-year'], { exact: true }).fill('٢٠٢٦');
  await expect(page.locator('.result__summary')).toBeVisible();
  await context.setOffline(false);
});

test('a page reached through a link is saved as it is shown, with its part of the app', async ({ page, context }) => {
  await page.goto('/en/');
  await controlled(page);
  // Only the open page, home and the offline page are saved at first.
  const saved = () => page.evaluate(async () => {
    const keys = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) keys.push(new URL(request.url).pathname);
    }
    return keys;
  });
  expect(await saved()).not.toContain('/en/loan');
  expect((await saved()).some((key) => /^\/passage-loan-.*_bg\.wasm$/.test(key))).toBe(false);
  await appRan(page);
  await page.getByRole('navigation').getByRole('link', { name: en['shell-nav-loan'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
  await appRan(page);
  await expect.poll(saved).toContain('/en/loan');
  expect((await saved()).some((key) => /^\/passage-loan-.*_bg\.wasm$/.test(key))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
  await appRan(page);
  await page.getByLabel(en['loan-amount-label']).fill('4800');
  await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('3');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
  await expect(page.locator('.result__summary')).toBeVisible();
  await context.setOffline(false);
});

test('an address never saved gets the offline page, in its language', async ({ page, context }) => {
  await page.goto('/en/');
  await controlled(page);
  await context.setOffline(true);
  // French was never opened on this device.
  await page.goto('/fr/loan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('fr')['offline-title']);
  await context.setOffline(false);
});

test('the public answers are kept and used offline, with the offline notice', async ({ page, context }) => {
  await page.goto('/en/loan');
  await controlled(page);
  // Asked once more while controlled, the loan rules are kept by the service worker.
  await page.reload();
  await expect.poll(() => page.evaluate(async () => {
    const cache = await caches.open('passage-data-2');
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  })).toContain('/api/v1/loan-policy');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(en['shell-offline-notice'])).toBeVisible();
  await page.getByLabel(en['loan-amount-label']).fill('4800');
  await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('3');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
  await expect(page.locator('.result__summary')).toContainText('66.67');
  await context.setOffline(false);
});

// A first visit's answers come before the worker holds the page: boot.js names them to it.
test('the service worker keeps the public answers a page names to it, never /api/v1/me', async ({ page }) => {
  const me = [];
  page.context().on('request', (request) => { if (new URL(request.url()).pathname === '/api/v1/me') me.push(request.url()); });
  await page.goto('/en/');
  await controlled(page);
  const kept = () => page.evaluate(async () => (await (await caches.open('passage-data-2')).keys())
    .map((request) => new URL(request.url).pathname));
  expect(await kept()).not.toContain('/api/v1/reintegration');
  await page.evaluate(() => navigator.serviceWorker.controller.postMessage({
    type: 'save-answers',
    urls: [`${location.origin}/api/v1/reintegration`, `${location.origin}/api/v1/me`, 'https://example.org/api/v1/sessions'],
  }));
  await expect.poll(kept).toContain('/api/v1/reintegration');
  expect(await kept()).not.toContain('/api/v1/me');
  expect(await kept()).not.toContain('/api/v1/sessions');
  expect(me).toEqual([]);
});

test('"Add to home screen" finds a manifest with icons', async ({ page, request }) => {
  await page.goto('/en/');
  // Linked once the first view is painted (and in <noscript> for a browser without JavaScript).
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', /^\/manifest\.webmanifest$/);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((icon) => icon.sizes);
  expect(sizes).toContain('192x192');
  expect(sizes).toContain('512x512');
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
