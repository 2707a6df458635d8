// Anyone looks up the upcoming orientation sessions: filtered by country, format and language,
// in their language and date formats, each ready for a calendar; an empty result says what to
// change.
const fs = require('fs');
const ICAL = require('ical.js');
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plainText, appRan, controlled, written } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');
const NOW = new Date('2026-12-02T10:00:00Z');

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

function sessions(page) {
  return page.locator('ol.sessions > li');
}

test.use({ timezoneId: 'Europe/London' });

test('English: filter by country, format and language; the count is announced', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/en/sessions');
  // The filters and buttons work once the app runs.
  await appRan(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['sessions-title']);
  await expect(sessions(page)).toHaveCount(7);
  const count = page.locator('#sessions-count');
  await plainText(count).toBe('7 sessions');

  const country = page.getByLabel(en['sessions-filter-country']);
  // Countries by their names in the reader's language, in alphabetical order.
  await expect(country.locator('option')).toHaveText([en['sessions-filter-all-countries'], 'Jordan', 'Kenya', 'Pakistan']);
  await country.selectOption({ label: 'Kenya' });
  await expect(sessions(page)).toHaveCount(3);
  await plainText(count).toBe('3 sessions');
  await page.getByLabel(en['sessions-filter-format']).selectOption({ label: en['sessions-format-video'] });
  await expect(sessions(page)).toHaveCount(1);
  await plainText(count).toBe('1 session');
  const video = sessions(page).first();
  await plainText(video.locator('h2')).toBe('Nairobi: for adults');
  const at = '2027-03-02T09:00:00+03:00';
  await expect(video.locator('.session__when')).toHaveText(await written.moment(page, at, 'Africa/Nairobi'));
  await plainText(video.locator('.field__hint')).toBe(`On your phone's clock: ${await written.moment(page, at, 'Europe/London')}`);
  await plainText(video.locator('.session__facts')).toContain('In ትግርኛ, English');

  // Nothing left: the page says which choices to change.
  // (Within the filters: the language picker at the top of the page has a label of its own.)
  await page.getByRole('search').getByLabel(en['sessions-filter-language']).selectOption({ label: 'العربية' });
  await expect(sessions(page)).toHaveCount(0);
  await expect(page.getByText(en['sessions-none'])).toBeVisible();
  await plainText(count).toBe('No session');
  await expectNoAxeViolations(page);
});

test('Arabic: right to left, country names and digits in Arabic', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/ar/sessions');
  // The filters and buttons work once the app runs.
  await appRan(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['sessions-title']);
  await expect(sessions(page)).toHaveCount(7);
  const country = page.getByLabel(ar['sessions-filter-country']);
  const names = await country.locator('option').allTextContents();
  expect(names.slice(1).sort()).toEqual([ar['country-jo'], ar['country-ke'], ar['country-pk']].sort());
  await country.selectOption({ label: ar['country-pk'] });
  await expect(sessions(page)).toHaveCount(2);
  const first = sessions(page).first();
  await expect(first.locator('.session__when')).toContainText('٢٠٢٧');
  await expect(first.locator('.session__when')).toContainText('٩:٠٠');
  // Two languages, joined with the Arabic comma.
  await plainText(first.locator('.session__facts')).toContain('دری، پښتو');
  await expectNoAxeViolations(page);
});

test('a session goes into the calendar with its length', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/en/sessions');
  // The filters and buttons work once the app runs.
  await appRan(page);
  await expect(sessions(page)).toHaveCount(7);
  const download = page.waitForEvent('download');
  await sessions(page).first().getByRole('button', { name: en['calendar-add-one'] }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('passage-nairobi-2027-01-adult.ics');
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(await file.path(), 'utf8')));
  const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Plain text: no bidi isolation marks in a file other programs read.
  expect(event.summary).toBe('Orientation session, Nairobi');
  expect(event.component.getFirstSubcomponent('valarm').getFirstPropertyValue('description'))
    .toBe('Tomorrow: Orientation session, Nairobi');
  expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-12T06:00:00.000Z');
  expect(event.duration.toSeconds()).toBe(5 * 3600);
});

test.describe('offline', () => {
  test.use({
    serviceWorkers: 'allow',
    expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
  });

  test('after one visit, the list opens offline on a later day, without the sessions that have begun', async ({ page, context }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('/en/sessions');
    await controlled(page);
    await appRan(page);
    await expect(sessions(page)).toHaveCount(7);
    // The list came before the service worker held the page: it is saved all the same.
    await expect.poll(() => page.evaluate(async () => {
      const cache = await caches.open('passage-data-2');
      return (await cache.keys()).some((r) => r.url.endsWith('/api/v1/sessions'));
    })).toBe(true);

    // Six weeks later, offline: the two sessions of January 12 have begun.
    await page.clock.setFixedTime(new Date('2027-01-13T10:00:00Z'));
    await context.setOffline(true);
    await page.reload();
    await appRan(page);
    await expect(sessions(page)).toHaveCount(5);
    await plainText(page.locator('#sessions-count')).toBe('5 sessions');
    await expect(page.getByText(en['shell-offline-notice'])).toBeVisible();
    await context.setOffline(false);
  });
});
