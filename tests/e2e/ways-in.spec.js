// Every way in opens after the first visit, online and offline, with the service worker in
// control: the address people type (`/`), shared links (`/?lang=ar`, `/loan?lang=ti`) and the
// home-screen icon's start_url; and an address without a language opens offline in the language
// the person saw it in, as the page said, not as the address does.
const { test, expect, messages, plain, controlled } = require('./fixtures');

test.use({
  serviceWorkers: 'allow',
  expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|status of 503/],
});

/** The manifest's start_url, as the home-screen icon opens it. */
async function startUrl(request) {
  return (await (await request.get('/manifest.webmanifest')).json()).start_url;
}

/** Waits until this version's cache holds the page `path` (/ar/). */
async function saved(page, path) {
  await expect.poll(() => page.evaluate(async (path) => {
    for (const name of await caches.keys()) {
      if (!name.startsWith('passage-') || name.startsWith('passage-data')) continue;
      const keys = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
      if (keys.includes(path)) return true;
    }
    return false;
  }, path)).toBe(true);
}

async function expectPage(page, lang, title) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(messages(lang)[title]));
}

const ways = [
  ['/', 'en', 'home-title'],
  ['/?lang=ar', 'ar', 'home-title'],
  ['/loan?lang=ti', 'ti', 'loan-title'],
];

for (const [address, lang, title] of ways) {
  test(`after a first visit of /, ${address} opens online and offline`, async ({ page, context }) => {
    await page.goto('/');
    await controlled(page);
    const response = await page.goto(address);
    expect(response.ok(), address).toBe(true);
    await expectPage(page, lang, title);
    await context.setOffline(true);
    await page.goto(address);
    await expectPage(page, lang, title);
    await context.setOffline(false);
  });
}

test('after the first visit, / and the start_url open offline on the first try', async ({ page, context, request }) => {
  await page.goto('/');
  await controlled(page);
  await saved(page, '/en/');
  await context.setOffline(true);
  await page.goto('/');
  await expectPage(page, 'en', 'home-title');
  await page.goto(await startUrl(request));
  await expectPage(page, 'en', 'home-title');
  await context.setOffline(false);
});

for (const [locale, lang] of [['ar', 'ar'], ['fa-AF', 'prs']]) {
  test.describe(`a phone set to ${locale}`, () => {
    test.use({ locale });

    test(`a first visit of / saves it in the language shown (${lang}), and the start_url opens in it offline`, async ({ page, context, request }) => {
      await page.goto('/');
      await expectPage(page, lang, 'home-title');
      await controlled(page);
      await saved(page, `/${lang}/`);
      const start = await startUrl(request);
      await context.setOffline(true);
      await page.goto(start);
      await expectPage(page, lang, 'home-title');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await page.goto('/');
      await expectPage(page, lang, 'home-title');
      await context.setOffline(false);
    });
  });
}
