// Every page arrives as static HTML in the reader's language: readable before the app starts
// (and without JavaScript), chosen by the address or the browser's languages, and taken over
// by the app without anything moving or anything typed being lost.
const { test, expect, messages, plain, holdApp, appRan, TEST_NOON } = require('./fixtures');

const PAGES = [
  { path: '/', heading: 'home-title', text: 'home-lead' },
  { path: '/loan', heading: 'loan-title', text: 'loan-lead' },
  { path: '/offline', heading: 'offline-title', text: 'offline-body' },
];
const DIRS = { en: 'ltr', ar: 'rtl', ti: 'ltr' };

// A page as a browser without JavaScript opens it. (Not the shared page fixture: its init
// script makes Chromium parse <noscript> as if scripts ran.)
const noScript = test.extend({
  page: async ({ browser, baseURL, locale }, use) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL, locale });
    await use(await context.newPage());
    await context.close();
  },
});

// A page as a browser opens it, with no init script (see above), failing on any page error.
const fresh = test.extend({
  page: async ({ browser, baseURL, locale }, use) => {
    const context = await browser.newContext({ baseURL, locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await context.close();
    expect(errors).toEqual([]);
  },
});

test.describe('without JavaScript', () => {

  for (const lang of Object.keys(DIRS)) {
    const words = messages(lang);
    for (const { path, heading, text } of PAGES) {
      noScript(`${lang}${path} reads in ${lang}`, async ({ page }) => {
        await page.goto(`/${lang}${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', DIRS[lang]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(words[heading]));
        await expect(page.getByText(plain(words[text]))).toBeVisible();
        expect(plain(await page.title())).toBe(`${plain(words[heading])} – Passage`);
        await expect(page.getByRole('navigation', { name: words['shell-nav-label'] })).toBeVisible();
      });
    }
  }

  noScript('the manifest is linked without JavaScript too, and with it only once the first view is painted', async ({ page, request }) => {
    await page.goto('/en/');
    await expect(page.locator('head link[rel=manifest][href="/manifest.webmanifest"]')).toHaveCount(1);
    // As served, the page names it for boot.js (data-href) and in <noscript> only: a browser
    // running scripts does not ask for it (and its icons) while the first view loads.
    const html = await (await request.get('/en/')).text();
    const outside = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
    expect(outside).toContain('<link rel="manifest" data-href="/manifest.webmanifest">');
    expect(outside).not.toMatch(/<link[^>]* href="\/manifest\.webmanifest"/);
  });

  noScript('a form sent without JavaScript puts nothing typed into the address', async ({ page }) => {
    const en = messages('en');
    await page.goto('/en/appointments');
    await page.getByLabel(en['code-label']).fill('2MCDW2 QC5971 91PR1M');
    await Promise.all([page.waitForEvent('framenavigated'), page.getByRole('button', { name: en['code-submit'] }).click()]);
    expect(page.url()).not.toMatch(/2MCDW2/i);
  });

  test.describe('in a browser set to Dari', () => {
    noScript.use({ locale: 'fa-AF' });

    noScript('an address without a language gets the browser\'s, and says it varies by it', async ({ page }) => {
      const response = await page.goto('/loan');
      expect(response.headers()['content-language']).toBe('prs');
      expect(response.headers()['vary']).toContain('accept-language');
      await expect(page.locator('html')).toHaveAttribute('lang', 'prs');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(messages('prs')['loan-title']));
      // An unknown address is the language's "page not found", with a 404.
      const missing = await page.goto('/no-such-page');
      expect(missing.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(messages('prs')['notfound-title']));
    });
  });

  noScript('?lang= and the language form choose the page\'s language', async ({ page }) => {
    await page.goto('/ar/loan?lang=ti');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
    const ti = messages('ti');
    await page.getByRole('combobox', { name: ti['shell-language-label'] }).selectOption('so');
    await page.getByRole('button', { name: ti['shell-language-apply'], exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'so');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(messages('so')['loan-title']));
  });

  noScript('the loan page says the estimate needs JavaScript, and still gives the rules', async ({ page }) => {
    const en = messages('en');
    await page.goto('/en/loan');
    // (Playwright's text search skips <noscript>: look for the note itself.)
    const note = page.locator('main noscript .callout');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(en['loan-noscript']);
    await expect(page.getByRole('heading', { name: en['loan-hardship-heading'] })).toBeVisible();
    await expect(page.getByRole('radio', { name: en['loan-mode-known'] })).toBeChecked();
  });
});

fresh('the app takes over without moving anything, keeping what was typed and the focus', async ({ page }) => {
  const en = messages('en');
  await page.clock.setFixedTime(TEST_NOON);
  const app = await holdApp(page);
  await page.goto('/en/loan', { waitUntil: 'domcontentloaded' });
  // The first view as a person sees it: with its stylesheets.
  await page.waitForFunction(() => [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet));
  await page.evaluate(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const boxes = () => page.evaluate(() => ['main h1', '#loan-amount', '.hardship', 'footer'].map((selector) => {
    const box = document.querySelector(selector).getBoundingClientRect();
    return [selector, Math.round(box.x + scrollX), Math.round(box.y + scrollY), Math.round(box.width), Math.round(box.height)];
  }));
  const before = await boxes();
  // The person starts typing before the app has arrived.
  await page.getByLabel(en['loan-amount-label']).fill('4800');
  await page.getByLabel(en['loan-amount-label']).focus();
  await app.start();
  expect(await boxes()).toEqual(before);
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('4800');
  await expect(page.getByLabel(en['loan-amount-label'])).toBeFocused();
  // The app is working: the answer comes as the rest is typed.
  await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('3');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
  await expect(page.locator('.result__summary')).toBeVisible();
  expect(await page.evaluate(() => window.__shifts)).toBe(0);
});

test('a form sent before the app has arrived is sent by the app once it runs, and nothing typed goes into the address', async ({ page }) => {
  const ar = messages('ar');
  const app = await holdApp(page);
  await page.goto('/ar/loan');
  await page.getByLabel(ar['loan-arrival-month'], { exact: true }).fill('١٣');
  await page.getByLabel(ar['loan-arrival-year'], { exact: true }).fill('٢٠٢٦');
  await page.getByRole('button', { name: ar['loan-submit'] }).click();
  await app.start();
  const box = page.getByRole('alert');
  await expect(box).toBeFocused();
  await expect(box.getByRole('link')).toHaveCount(2);
  await expect(page.getByLabel(ar['loan-arrival-month'], { exact: true })).toHaveValue('١٣');
  expect(new URL(page.url()).search).toBe('');
});

test('an option chosen and a box ticked before the app has arrived are kept, and the app acts on them', async ({ page }) => {
  const en = messages('en');
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00Z'));
  let app = await holdApp(page);
  await page.goto('/en/sessions');
  await page.getByLabel(en['sessions-filter-country']).selectOption({ label: 'Kenya' });
  await app.start();
  await expect(page.locator('ol.sessions > li')).toHaveCount(3);
  await expect(page.getByLabel(en['sessions-filter-country'])).toHaveValue('KE');

  app = await holdApp(page);
  await page.goto('/en/orientation');
  await page.getByLabel(en['orientation-low-data']).check();
  await app.start();
  await expect(page.getByLabel(en['orientation-low-data'])).toBeChecked();
  await page.goto('/en/orientation/climate-and-clothing');
  await expect(page.locator('.figure-alt')).toBeVisible();
});

test('only the language shown is downloaded, for the part of the app shown; another one when the person switches', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => {
    const match = /\/l10n\/([a-z]+)-([a-z]+)-[0-9a-f]+\.json$/.exec(new URL(request.url()).pathname);
    if (match) fetched.push(`${match[1]}/${match[2]}`);
  });
  const app = await holdApp(page);
  await page.goto('/ar/');
  await app.start();
  await expect.poll(() => fetched).toEqual(['main/ar']);
  await page.getByRole('combobox', { name: messages('ar')['shell-language-label'] }).selectOption('ti');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
  await expect(page).toHaveURL(/\/ti\/$/);
  await expect.poll(() => fetched).toEqual(['main/ar', 'main/ti']);
  // Another part of the app brings the messages of its own pages only.
  await page.goto('/ti/sessions');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('ti')['sessions-title']);
  await expect.poll(() => fetched).toEqual(['main/ar', 'main/ti', 'guide/ti']);
});

test('a choice kept on the device wins once the app runs', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => localStorage.setItem('passage-lang', 'sw'));
  await page.goto('/en/loan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sw');
  await expect(page).toHaveURL(/\/sw\/loan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(messages('sw')['loan-title']));
});

/** The fonts Chromium drew an element's text with (DevTools' CSS.getPlatformFontsForNode). */
async function fontsOf(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

test('Tigrinya is drawn with an Ethiopic font on any machine; other pages fetch no font file', async ({ page }) => {
  const requested = [];
  page.on('request', (request) => {
    if (request.url().includes('/fonts/')) requested.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // The language list's "ትግርኛ" is drawn with the letters the style sheet carries.
  expect(requested).toEqual([]);
  const names = await page.evaluate(() => [...document.fonts]
    .filter((font) => font.family.includes('Passage Ethiopic Names')).map((font) => font.status));
  expect(names).toEqual(['loaded']);

  await page.goto('/ti/');
  // (The heading is asked for by node: the app must not replace it in between.)
  await appRan(page);
  await page.evaluate(() => document.fonts.ready);
  const fonts = await fontsOf(page, 'main h1');
  // Every Ethiopic letter of the heading comes from an Ethiopic font: the phone's own, or
  // Passage's when it has none (then its file was fetched).
  const ethiopic = fonts.filter((font) => /ethiopic|abyssinica|nyala|ebrima|kefa/i.test(font.familyName));
  expect(ethiopic.length, JSON.stringify(fonts)).toBeGreaterThan(0);
  if (ethiopic.some((font) => font.isCustomFont)) {
    expect(requested.filter((font) => /\/fonts\/ethiopic-[0-9a-f]{16}\.woff2$/.test(font))).toHaveLength(1);
  }
});

// One page of every part of the app: taking over the first view moves nothing, in a
// left-to-right language, a right-to-left one and one in Ethiopic script. (Counted from the
// moment the app may take over, once the first view's fonts are in: on a phone without an
// Ethiopic font, the first view's text moves once when the web font arrives, before the app.)
const PARTS = ['/', '/loan', '/appointments', '/sponsor', '/return', '/orientation', '/orientation/housing', '/sessions'];
for (const lang of Object.keys(DIRS)) {
  for (const path of PARTS) {
    fresh(`${lang}${path}: the app takes over without a layout shift`, async ({ page }) => {
      await page.clock.setFixedTime(TEST_NOON);
      const app = await holdApp(page);
      await page.goto(`/${lang}${path}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet));
      await page.evaluate(async () => {
        await document.fonts.ready;
        const from = performance.now();
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput || entry.startTime < from) continue;
            const moved = entry.sources.map((source) => source.node?.nodeName || '?').join(' ');
            window.__shifts.push(`${entry.value.toFixed(4)} ${moved}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await app.start();
      await page.waitForLoadState('networkidle');
      // (Two frames: a shift is reported once the frame that made it is drawn.)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => window.__shifts)).toEqual([]);
    });
  }
}
