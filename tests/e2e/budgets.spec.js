// What a first visit costs a phone user, in bytes over the wire (brotli, as passage-api sends
// them): everything the home page and its service worker download. Sizes are deterministic, so
// this is a test; timings are in ./run bench. (The wasm and each page's HTML have their own
// budgets in ./run test.)
const zlib = require('zlib');
const { test, expect, controlled } = require('./fixtures');

const COLD_VISIT_BUDGET = 170 * 1024;
// The home page is where most first visits begin: its part of the app is the frame alone, and
// its cold visit is held to the goal.
const HOME_COLD_VISIT_BUDGET = 150 * 1024;

test.use({ serviceWorkers: 'allow' });

/** Every answer the browser downloaded, with its size over the wire; `settled()` waits for the sizes. */
function recordDownloads(context) {
  const downloads = [];
  const pending = [];
  context.on('requestfinished', (finished) => {
    pending.push(finished.sizes().then((sizes) => {
      // (Answers the service worker took from the browser's cache cost nothing.)
      if (sizes.responseBodySize > 0) downloads.push([new URL(finished.url()).pathname, sizes.responseBodySize]);
    }).catch(() => {}));
  });
  return {
    downloads,
    async settled(page) {
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForLoadState('networkidle');
      while (pending.length) await pending.shift();
    },
  };
}

test('a cold visit of / downloads at most 150 KB, service worker included, and only the main part of the app', async ({ page, context, request }) => {
  const { downloads, settled } = recordDownloads(context);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  // The service worker's own script, which the browser fetches without reporting its size,
  // compressed as passage-api compresses it (brotli, quality 11).
  const worker = await request.get('/sw.js');
  const brotli = zlib.brotliCompressSync(await worker.body(), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  downloads.push(['/sw.js', brotli.length]);

  const total = downloads.reduce((sum, [, size]) => sum + size, 0);
  const lines = [...downloads].sort((a, b) => b[1] - a[1]).map(([name, size]) => `  ${String(size).padStart(7)}  ${name}`);
  console.log(`cold visit of /: ${total} bytes over the wire (budget ${HOME_COLD_VISIT_BUDGET})\n${lines.join('\n')}`);
  expect(downloads.length).toBeGreaterThan(5);
  const wasm = downloads.map(([name]) => name).filter((name) => name.endsWith('_bg.wasm'));
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/passage-[0-9a-f]+_bg\.wasm$/);
  expect(total).toBeLessThanOrEqual(HOME_COLD_VISIT_BUDGET);
});

// The app comes in parts: a page downloads its own part's wasm and no other, and its first
// visit stays inside the same budget.
for (const [path, part] of [
  ['/ar/loan', /^\/passage-loan-/],
  ['/en/sessions', /^\/passage-guide-/],
  ['/ar/appointments', /^\/passage-case-/],
  ['/prs/sponsor', /^\/passage-sponsor-/],
  ['/ar/return', /^\/passage-return-/],
  ['/ti/orientation', /^\/passage-topics-/],
  ['/ar/orientation/housing', /^\/passage-topic-/],
]) {
  test(`a cold visit of ${path} downloads only its own part of the app`, async ({ page, context }) => {
    const { downloads, settled } = recordDownloads(context);
    await page.goto(path, { waitUntil: 'networkidle' });
    await settled(page);
    const wasm = downloads.map(([name]) => name).filter((name) => name.endsWith('_bg.wasm'));
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(part);
    const total = downloads.reduce((sum, [, size]) => sum + size, 0);
    const lines = [...downloads].sort((a, b) => b[1] - a[1]).map(([name, size]) => `  ${String(size).padStart(7)}  ${name}`);
    console.log(`cold visit of ${path}: ${total} bytes over the wire (the service worker's script aside)\n${lines.join("\n")}`);
    expect(total).toBeLessThanOrEqual(COLD_VISIT_BUDGET);
  });
}

// A first visit gets each page with its style sheet and boot script inline (no request before
// the first view); once the service worker holds those files, a page load asks for the page
// that links them, and pays only for the page itself.
test('after the first visit, a page load does not download the style sheet and script again', async ({ page, context }) => {
  const sizes = [];
  context.on('requestfinished', async (finished) => {
    if (!finished.url().endsWith('/en/orientation')) return;
    const shell = (await finished.allHeaders())['passage-shell'] || 'none';
    const size = await finished.sizes().catch(() => null);
    if (size && size.responseBodySize > 0) sizes.push([shell, size.responseBodySize]);
  });
  await page.goto('/en/orientation');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const look = () => page.evaluate(() => ({
    font: getComputedStyle(document.body).fontFamily,
    header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
    inline: document.querySelectorAll('head style').length,
  }));
  const first = await look();
  expect(first.inline).toBe(1);
  await controlled(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => sizes.filter(([shell]) => shell === 'saved').length).toBe(1);
  // The same page, styled the same, from the files the browser holds.
  expect(await look()).toEqual({ ...first, inline: 0 });
  const [[, inlined]] = sizes.filter(([shell]) => shell === 'none');
  const [[, linked]] = sizes.filter(([shell]) => shell === 'saved');
  console.log(`/en/orientation over the wire: ${inlined} bytes on a first visit, ${linked} bytes after`);
  expect(linked).toBeLessThan(inlined - 3000);
});
