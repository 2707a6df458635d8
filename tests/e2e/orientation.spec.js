// Orientation: the topics in every language, each a page that reads on the worst phone, a
// search that forgives typos and missing diacritics and falls back to English, read aloud
// with the phone's voices, marks that stay, every topic kept offline, and no pictures in
// low-data mode.
const fs = require('fs');
const os = require('os');
const path = require('path');
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, plainText, ownServer, appRan, controlled } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');
const ti = messages('ti');
const DATA = path.join(__dirname, '..', '..', 'data', 'orientation');
const SLUGS = fs.readdirSync(DATA).filter((f) => f.endsWith('.en.toml')).map((f) => f.split('.')[0]);

/** A module's title in a language, from the data. */
function title(slug, lang) {
  const text = fs.readFileSync(path.join(DATA, `${slug}.${lang}.toml`), 'utf8');
  return JSON.parse(/^title = (".*")$/m.exec(text)[1]);
}

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test.use({ viewport: { width: 320, height: 640 } });

for (const [lang, words] of [['en', en], ['ar', ar], ['ti', ti]]) {
  test(`${lang}: the topics, and one topic with its sources`, async ({ page }) => {
    await page.goto(`/${lang}/orientation`);
    await appRan(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words['orientation-title']);
    const topics = page.locator('ol.topics > li');
    await expect(topics).toHaveCount(SLUGS.length);
    expect(SLUGS.length).toBeGreaterThanOrEqual(14);
    await expect(topics.first().locator('h2')).toHaveText(title('about-orientation', lang));
    await expectNoAxeViolations(page);

    await topics.locator('h2 a', { hasText: title('housing', lang) }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/orientation/housing$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('housing', lang));
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('.sources li').first()).toContainText(plain(words['sources-checked']).split('{')[0].trim().slice(0, 8));
    await expect(page.getByRole('link', { name: new RegExp(words['orientation-next']) })).toBeVisible();
    // A translation nobody checked says so, in one line; the English original does not.
    await expect(page.getByText(words['orientation-unreviewed'])).toHaveCount(lang === 'en' ? 0 : 1);
    await expectNoAxeViolations(page);
  });
}

test('a topic page reads without JavaScript, in a few kilobytes', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ar/orientation/getting-help');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('getting-help', 'ar'));
  await expect(page.locator('main')).toContainText('٩١١');
  await context.close();
  const response = await request.get('/ar/orientation/getting-help', { headers: { 'Accept-Encoding': 'br' } });
  expect((await response.body()).length).toBeGreaterThan(1000);
});

test('periods are filled in from the data, in the reader\'s words and digits', async ({ page }) => {
  await page.goto('/en/orientation/health-before-departure');
  await appRan(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Your result is valid for 12 months' })).toBeVisible();
  await page.goto('/en/orientation/before-you-travel');
  await appRan(page);
  await expect(page.locator('main')).toContainText('at least 10 working days before you arrive');
  await page.goto('/ar/orientation/health-before-departure');
  await appRan(page);
  await expect(page.locator('main h2').filter({ hasText: '١٢' })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('{');
});

test('a topic not yet translated comes in English and says so', async ({ page }) => {
  test.slow();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'passage-data-'));
  fs.cpSync(path.join(__dirname, '..', '..', 'data'), data, { recursive: true });
  fs.rmSync(path.join(data, 'orientation', 'housing.sw.toml'));
  const server = await ownServer({ data });
  try {
    await page.goto(`${server.origin}/sw/orientation/housing`);
    await expect(page.getByText(messages('sw')['orientation-fallback'])).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('housing', 'en'));
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await page.goto(`${server.origin}/sw/orientation`);
    const housing = page.locator('ol.topics > li', { hasText: title('housing', 'en') });
    await expect(housing).toContainText(messages('sw')['orientation-in-english']);
  } finally {
    await server.remove();
    fs.rmSync(data, { recursive: true, force: true });
  }
});

test('search finds a misspelt English word, an Arabic word without its diacritics, and falls back to English', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/en/orientation');
  await appRan(page);
  await expect(page.locator('ol.topics > li').first()).toBeVisible();
  // The index is not part of the visit until the search is used.
  expect(requests.filter((p) => p === '/api/v1/orientation-all')).toEqual([]);
  const search = page.getByRole('searchbox', { name: en['orientation-search-label'] });
  await search.fill('hospitl');
  const results = page.locator('.search__results > li');
  await expect(results.first().getByRole('link')).toHaveText(title('health-care', 'en'));
  await expect(results.first()).toContainText('hospital');
  await expect.poll(() => requests.filter((p) => p === '/api/v1/orientation-all')).toHaveLength(1);
  await expectNoAxeViolations(page);

  await page.goto('/ar/orientation');
  await appRan(page);
  const searchAr = page.getByRole('searchbox', { name: ar['orientation-search-label'] });
  // The text writes تُقرضك, with a damma; typed without it.
  await searchAr.fill('تقرضك');
  await expect(page.locator('.search__results > li').first().getByRole('link')).toHaveText(title('your-travel-loan', 'ar'));
  await expect(page.locator('.search__results > li').first()).toContainText('تُقرضك');
  await expectNoAxeViolations(page);
  // A word only the English text has: the English topic, said to be in English.
  await searchAr.fill('frostbit');
  await expect(page.locator('.search__results > li').first().getByRole('link')).toHaveText(title('climate-and-clothing', 'en'));
  await expect(page.locator('.search__results')).toHaveAttribute('lang', 'en');
  await plainText(page.locator('.search__status')).toContain(ar['orientation-search-english']);
});

test('a topic marked as read stays marked after a reload, and "remove my data" clears it', async ({ page }) => {
  await page.goto('/en/orientation/work');
  await appRan(page);
  await page.getByRole('button', { name: en['orientation-mark-read'] }).click();
  await expect(page.getByRole('status').filter({ hasText: en['orientation-marked-read'] })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: en['orientation-mark-unread'] })).toBeVisible();
  await page.goto('/en/orientation');
  const work = page.locator('ol.topics > li', { hasText: title('work', 'en') });
  await expect(work).toContainText(en['orientation-read-mark']);
  await page.getByRole('button', { name: en['remove-button'] }).click();
  await expect(work).not.toContainText(en['orientation-read-mark']);
  await page.reload();
  await expect(page.locator('ol.topics > li', { hasText: title('work', 'en') })).not.toContainText(en['orientation-read-mark']);
});

test('with no voice for the language, there is no read-aloud control', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
  });
  await page.goto('/en/orientation/getting-help');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('getting-help', 'en'));
  await expect(page.getByRole('button', { name: en['orientation-listen-play'] })).toHaveCount(0);
});

test('with a voice, the topic is read aloud part by part, and can be paused', async ({ page }) => {
  await page.addInitScript(() => {
    window.__spoken = [];
    const synth = window.speechSynthesis;
    Object.defineProperty(synth, 'getVoices', { value: () => [{ lang: 'ar-SA', name: 'Stub' }] });
    Object.defineProperty(synth, 'speak', {
      value: (utterance) => {
        window.__spoken.push([utterance.lang, utterance.text]);
        // The first parts end at once; the fifth is still being read when the test pauses.
        if (window.__spoken.length < 5) setTimeout(() => utterance.onend && utterance.onend(new Event('end')), 20);
      },
    });
    Object.defineProperty(synth, 'cancel', { value: () => {} });
    Object.defineProperty(synth, 'pause', { value: () => { window.__paused = true; } });
  });
  await page.goto('/ar/orientation/getting-help');
  await appRan(page);
  const play = page.getByRole('button', { name: ar['orientation-listen-play'] });
  await play.click();
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBeGreaterThan(3);
  const spoken = await page.evaluate(() => window.__spoken);
  expect(spoken[0]).toEqual(['ar-SA', title('getting-help', 'ar')]);
  await page.getByRole('button', { name: ar['orientation-listen-pause'] }).click();
  expect(await page.evaluate(() => window.__paused)).toBe(true);
  await expect(page.getByRole('button', { name: ar['orientation-listen-resume'] })).toBeVisible();
});

test.describe('offline', () => {
  test.use({
    serviceWorkers: 'allow',
    expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
  });

  test('"keep all topics" says its size, then every topic opens offline', async ({ page, context, request }) => {
    await page.goto('/ti/orientation');
    await controlled(page);
    await page.reload();
    await appRan(page);
    // What it downloads: every topic's text, and the part of the app that shows a topic with its
    // messages (not kept yet: no topic was opened).
    const list = await (await request.get('/api/v1/orientation?lang=ti')).json();
    const part = await page.evaluate(() => {
      const entry = document.querySelector('meta[name="passage-bundles"]').content.split(';')
        .map((e) => e.trim().split(/\s+/)).find(([name]) => name === 'topic');
      const messages = document.querySelector('meta[name="passage-messages"]').content.split(/\s+/)
        .find((pair) => pair.startsWith('topic/ti=')).split('=')[1];
      return [entry[1], entry[2], messages];
    });
    let bytes = list.all_bytes;
    for (const file of part) {
      const head = await request.head(file, { headers: { 'accept-encoding': 'br' } });
      bytes += Number(head.headers()['content-length']);
    }
    expect(bytes).toBeGreaterThan(list.all_bytes + 100 * 1024);
    // (The build measures the part with Node's brotli, the server compresses it itself: the
    // two may differ by a few bytes.)
    const said = await plain(await page.locator('.keep-all p').first().innerText());
    const [before, after] = ti['orientation-keep-body'].split('{ $size }');
    expect(said.startsWith(before) && said.endsWith(after)).toBe(true);
    const kb = Number(said.slice(before.length, said.length - after.length).replace(/\D/g, ''));
    expect(Math.abs(kb - bytes / 1024)).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: ti['orientation-keep-button'] }).click();
    await expect(page.getByRole('status').filter({ hasText: ti['orientation-keep-done'] })).toBeVisible();

    await context.setOffline(true);
    for (const slug of SLUGS) {
      await page.goto(`/ti/orientation/${slug}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(slug, 'ti'));
    }
    await context.setOffline(false);
  });
});

test('low-data mode downloads no pictures', async ({ page }) => {
  const pictures = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/images/')) pictures.push(r.url()); });
  await page.goto('/en/orientation/climate-and-clothing');
  // Shown at its set size before it arrives: wait for the picture itself.
  await expect.poll(() => page.locator('figure img').evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect.poll(() => new Set(pictures).size).toBe(1);

  await page.goto('/en/orientation');
  await appRan(page);
  await page.getByLabel(en['orientation-low-data']).check();
  pictures.length = 0;
  await page.goto('/en/orientation/climate-and-clothing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('climate-and-clothing', 'en'));
  await expect(page.locator('.figure-alt')).toBeVisible();
  await page.goto('/en/orientation/getting-help');
  await expect(page.locator('.figure-alt')).toBeVisible();
  expect(pictures).toEqual([]);
});
