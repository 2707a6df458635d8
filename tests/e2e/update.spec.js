// A new version of Passage is offered with a button, never applied under the person's feet, and
// keeps everything the person saved for use offline: a real new version (another version in
// the service worker's MANIFEST, so another cache) is served, accepted, and then the network
// goes away.
const fs = require('fs');
const path = require('path');
const { test, expect, messages, ownServer, appRan, controlled } = require('./fixtures');
const { versionOf } = require('../../tools/version');

const ar = messages('ar');
const en = messages('en');
const CODE = '2MCDW2-QC5971-91PR1M';
// The day the demo schedule is seen from: 2 December 2026, 13:00 in Nairobi.
const NOW = new Date('2026-12-02T10:00:00Z');
const DATA = path.join(__dirname, '..', '..', 'data', 'orientation');
const HOUSING_AR = JSON.parse(/^title = (".*")$/m.exec(fs.readFileSync(path.join(DATA, 'housing.ar.toml'), 'utf8'))[1]);

test.use({
  serviceWorkers: 'allow',
  timezoneId: 'Africa/Nairobi',
  expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|status of 503/],
});

/** Serves a new version of the app: the same files, another version (so another cache). */
async function deployNewVersion(server) {
  await server.stop();
  const worker = path.join(server.dist, 'sw.js');
  const source = fs.readFileSync(worker, 'utf8');
  const next = source.replace(/"version":"([0-9a-f]+)"/, (_, v) => `"version":"${v.split('').reverse().join('')}"`);
  expect(next).not.toBe(source);
  fs.writeFileSync(worker, next);
  await server.start();
}

/** The names of the caches of the app's versions (not the public answers'). */
function versionCaches(page) {
  return page.evaluate(async () => (await caches.keys()).filter((name) => !name.startsWith('passage-data')));
}

/** Asks the browser to look for a new version, and waits for the offer. */
async function offered(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const offer = page.getByRole('status').filter({ hasText: en['shell-update-ready'] });
  await expect(offer).toBeVisible();
  return offer;
}

test('an update keeps the kept schedule and the topics read, in Arabic, offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  const server = await ownServer();
  try {
    await page.clock.setFixedTime(NOW);
    await page.goto(`${server.origin}/ar/appointments`);
    await controlled(page);
    await appRan(page);
    await page.getByLabel(ar['code-label']).fill(CODE);
    await page.getByLabel(ar['appt-keep']).check();
    await page.getByRole('button', { name: ar['code-submit'] }).click();
    const cards = page.locator('ol.appointments').first().locator('> li');
    await expect(cards).toHaveCount(4);
    await page.goto(`${server.origin}/ar/orientation/housing`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOUSING_AR);
    await appRan(page);
    const before = await versionCaches(page);
    expect(before).toHaveLength(1);

    await deployNewVersion(server);
    const offer = page.getByRole('status').filter({ hasText: ar['shell-update-ready'] });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(offer).toBeVisible();
    await Promise.all([
      page.waitForEvent('load'),
      offer.getByRole('button', { name: ar['shell-update-reload'] }).click(),
    ]);
    await expect.poll(() => versionCaches(page)).toHaveLength(1);
    expect(await versionCaches(page)).not.toEqual(before);

    // Each page is served as saved (not the offline page with the app drawn over it from
    // whatever the browser's own cache still holds), and its part of the app runs.
    await context.setOffline(true);
    const schedule = await page.goto(`${server.origin}/ar/appointments`);
    expect(await schedule.text()).toContain(`<h1>${ar['appt-title']}<!----></h1>`);
    await appRan(page);
    await expect(cards).toHaveCount(4);
    const topic = await page.goto(`${server.origin}/ar/orientation/housing`);
    expect(await topic.text()).toContain(HOUSING_AR);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOUSING_AR);
    await appRan(page);
    const kept = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => !name.startsWith('passage-data'));
      return (await (await caches.open(names[0])).keys()).map((request) => new URL(request.url).pathname);
    });
    for (const part of ['case', 'topic']) {
      expect(kept.some((file) => new RegExp(`^/passage-${part}-[0-9a-f]+_bg\\.wasm$`).test(file)), part).toBe(true);
    }
    await context.setOffline(false);
  } finally {
    await server.remove();
  }
});

test('applied in another tab, the update is one click in this one, and nothing is lost meanwhile', async ({ page, context }) => {
  test.setTimeout(180_000);
  const server = await ownServer();
  try {
    await page.goto(`${server.origin}/en/loan`);
    await controlled(page);
    await appRan(page);
    await page.getByLabel(en['loan-amount-label']).fill('4800');
    // Another tab, where the app runs too.
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { window.__firstView = document.querySelector('main'); }));
    const other = await context.newPage();
    await other.goto(`${server.origin}/en/`);
    await appRan(other);

    await deployNewVersion(server);
    const offer = await offered(page);
    // Nothing was taken away meanwhile.
    await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('4800');
    const otherOffer = other.getByRole('status').filter({ hasText: en['shell-update-ready'] });
    await expect(otherOffer).toBeVisible();
    await Promise.all([
      other.waitForEvent('load'),
      otherOffer.getByRole('button', { name: en['shell-update-reload'] }).click(),
    ]);
    // This tab's button still works: the new version already runs, a reload is all it takes.
    await Promise.all([
      page.waitForEvent('load'),
      offer.getByRole('button', { name: en['shell-update-reload'] }).click(),
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
    await expect(page.getByText(en['shell-update-ready'])).toHaveCount(0);
    await expect.poll(() => versionCaches(page)).toHaveLength(1);

    await context.setOffline(true);
    await page.reload();
    await appRan(page);
    await page.getByLabel(en['loan-amount-label']).fill('4800');
    await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('3');
    await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
    await expect(page.locator('.result__summary')).toContainText('66.67');
    await context.setOffline(false);
    await other.close();
  } finally {
    await server.remove();
  }
});

test('the version covers every file the build made, fixed names included', async () => {
  const dist = process.env.PASSAGE_DIST;
  const worker = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const version = /"version":"([0-9a-f]+)"/.exec(worker)[1];
  expect(versionOf(dist)).toBe(version);
  // A picture changed under its fixed name is a new version.
  const copy = fs.mkdtempSync(path.join(require('os').tmpdir(), 'passage-version-'));
  try {
    fs.cpSync(dist, copy, { recursive: true });
    const picture = path.join(copy, 'images', fs.readdirSync(path.join(copy, 'images'))[0]);
    fs.appendFileSync(picture, '\n');
    expect(versionOf(copy)).not.toBe(version);
    fs.cpSync(dist, copy, { recursive: true });
    fs.appendFileSync(path.join(copy, 'manifest.webmanifest'), '\n');
    expect(versionOf(copy)).not.toBe(version);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
