// A traveller opens their appointments with the access code on their IOM letter: the schedule
// in their language and in the place's local time, typos caught on the phone, every failure
// worded, nothing kept unless they choose, and everything removed in one tap.
const fs = require('fs');
const ICAL = require('ical.js');
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, plainText, appRan, controlled, written } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');
const CODE = '2MCDW2-QC5971-91PR1M';
// Well-formed (its check character is right) but revoked: answered like any unknown code.
const REVOKED = '3BDX4V-RQ40ST-JJQSZP';
// The day the demo schedule is seen from: 2 December 2026, 13:00 in Nairobi.
const NOW = new Date('2026-12-02T10:00:00Z');

/** Each test is a client of its own (the test server trusts 127.0.0.1 as a proxy), so one
 * test's attempts never use up another's budget of ten a minute. */
let clients = 0;
function clientAddress() {
  clients += 1;
  return `10.${test.info().workerIndex % 250}.${Math.floor(clients / 250)}.${clients % 250}`;
}

/** Every address the page asks for, and the Authorization headers sent with each. */
function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    requests.push({ url: request.url(), authorization: request.headers().authorization || null });
  });
  return requests;
}

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function openWithCode(page, words, code, { keep = false } = {}) {
  await page.getByLabel(words['code-label']).fill(code);
  if (keep) await page.getByLabel(words['appt-keep']).check();
  await page.getByRole('button', { name: words['code-submit'] }).click();
}

function cards(page) {
  return page.locator('ol.appointments').first().locator('> li');
}

/** What the app keeps in the page's origin: localStorage keys, IndexedDB databases, and the
 * addresses and bodies of everything in Cache Storage. */
async function kept(page) {
  return page.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push({ url: request.url, body: await response.clone().text() });
      }
    }
    return {
      storage: Object.keys(localStorage),
      caseText: localStorage.getItem('passage-case'),
      databases: (await indexedDB.databases()).map((db) => db.name),
      cached,
    };
  });
}

test.describe('on a phone set to London time', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('the demo code opens the schedule in English, in Nairobi time and the phone\'s', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    const requests = recordRequests(page);
    await page.goto('/en/appointments');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['appt-title']);
    // Typed as a person might: lower case, spaces instead of dashes.
    await openWithCode(page, en, '2mcdw2 qc5971 91pr1m');

    await expect(cards(page)).toHaveCount(4);
    await expect(cards(page).locator('h3')).toHaveText([
      en['appt-kind-selection-interview'],
      en['appt-kind-medical-exam'],
      en['appt-kind-orientation'],
      en['appt-kind-flight'],
    ]);
    const interview = cards(page).nth(0);
    await expect(interview.locator('.appointment__countdown')).toHaveText(en['appt-countdown-tomorrow']);
    // 09:30 in Nairobi (UTC+3) is 06:30 in London (UTC+0) in December.
    const at = '2026-12-03T09:30:00+03:00';
    await expect(interview.locator('.appointment__when')).toHaveText(await written.moment(page, at, 'Africa/Nairobi'));
    await plainText(interview.locator('.field__hint')).toBe(`On your phone's clock: ${await written.moment(page, at, 'Europe/London')}`);
    await expect(interview.locator('.appointment__place')).toHaveText('IOM Nairobi');
    await expect(interview.getByRole('checkbox')).toHaveCount(3);
    await plainText(cards(page).nth(1).locator('.appointment__countdown')).toBe('In 8 days');
    await plainText(cards(page).nth(3).locator('.appointment__countdown')).toBe('In 76 days');
    // The flight (16 February 2027) is before the medical result runs out: no warning.
    await plainText(page.locator('.callout').filter({ hasText: 'valid until' }))
      .toBe(`Your medical exam result is valid until ${await written.date(page, '2027-12-10')}.`);
    await expect(page.getByText(en['appt-medical-warning'])).toHaveCount(0);
    // The phone's clock agrees with the server's: nothing to say about it.
    await expect(page.getByText(plain(en['case-clock-wrong']).split('{')[0])).toHaveCount(0);

    // The code went in the Authorization header, canonical, and in no address.
    const me = requests.filter((r) => new URL(r.url).pathname === '/api/v1/me');
    expect(me).toHaveLength(1);
    expect(me[0].authorization).toBe('Bearer 2MCDW2QC597191PR1M');
    for (const { url } of requests) expect(url.toUpperCase()).not.toMatch(/2MCDW2|QC5971|91PR1M/);
    expect(page.url().toUpperCase()).not.toMatch(/2MCDW2|QC5971|91PR1M/);

    // Not kept: ticking things to bring keeps nothing either.
    await interview.getByRole('checkbox').first().check();
    const { storage, databases, cached } = await kept(page);
    expect(storage.filter((key) => key.startsWith('passage-'))).toEqual([]);
    expect(databases).toEqual([]);
    expect(cached).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('the calendar file holds every appointment, parses, and reminds the day before', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    await page.goto('/en/appointments');
    await openWithCode(page, en, CODE);
    await expect(cards(page)).toHaveCount(4);

    const all = page.waitForEvent('download');
    await page.getByRole('button', { name: en['calendar-add-all'] }).click();
    const download = await all;
    expect(download.suggestedFilename()).toBe('passage-appointments.ics');
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // Plain text for other programs: no bidi isolation marks.
    expect(text).not.toMatch(/[\u2068\u2069]/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      en['appt-kind-selection-interview'],
      en['appt-kind-medical-exam'],
      en['appt-kind-orientation'],
      en['appt-kind-flight'],
    ]);
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-12-03T06:30:00.000Z');
    expect(events[3].startDate.toJSDate().toISOString()).toBe('2027-02-16T20:45:00.000Z');
    expect(events[3].location).toBe('Jomo Kenyatta International Airport, Nairobi');
    expect(events[0].description).toContain(en['appt-bring-travel-documents']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(4);
    for (const event of events) {
      const alarm = event.component.getFirstSubcomponent('valarm');
      expect(alarm.getFirstPropertyValue('trigger').toString()).toBe('-P1D');
    }

    // One appointment alone, with the same UID as in the whole schedule (a calendar that
    // imports both keeps one event).
    const one = page.waitForEvent('download');
    await cards(page).nth(1).getByRole('button', { name: en['calendar-add-one'] }).click();
    const single = new ICAL.Component(ICAL.parse(fs.readFileSync(await (await one).path(), 'utf8')));
    const medical = single.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(medical.map((e) => e.uid)).toEqual([events[1].uid]);
  });
});

test.describe('on a phone in Nairobi', () => {
  test.use({ timezoneId: 'Africa/Nairobi' });

  test('Arabic: the schedule right to left, with Arabic digits in and out', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    await page.goto('/ar/appointments');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['appt-title']);
    // The digits as an Arabic keyboard types them.
    await openWithCode(page, ar, '٢MCDW٢-QC٥٩٧١-٩١PR١M');
    await expect(cards(page)).toHaveCount(4);
    await expect(cards(page).locator('h3').first()).toHaveText(ar['appt-kind-selection-interview']);
    const interview = cards(page).nth(0);
    await expect(interview.locator('.appointment__countdown')).toHaveText(ar['appt-countdown-tomorrow']);
    const when = interview.locator('.appointment__when');
    await expect(when).toContainText('٢٠٢٦');
    await expect(when).toContainText('٩:٣٠');
    await expect(when).toContainText('ديسمبر');
    // The phone is in the place's time zone: no second time.
    await expect(interview.locator('.field__hint')).toHaveCount(0);
    await expect(interview.getByRole('checkbox').first()).toHaveAccessibleName(ar['appt-bring-travel-documents']);
    await expectNoAxeViolations(page);
  });

  test('a code with one wrong character is caught on the phone, with no request', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/en/appointments');
    const typed = '2MCDW2-QC5971-91PR1N';
    await openWithCode(page, en, typed);
    await expect(page.getByRole('alert')).toContainText(en['code-error-typo']);
    await expect(page.locator('#access-code-error')).toContainText(en['code-error-typo']);
    await expect(page.getByLabel(en['code-label'])).toHaveValue(typed);
    expect(requests.filter((r) => r.url.includes('/api/v1/me'))).toEqual([]);
  });

  test.describe('when the server says no', () => {
    // Chromium reports every 401 and 429 answer on the console.
    test.use({ expectedConsoleErrors: [/status of 40[1]|status of 429/] });

    test('a code that opens nothing says so, and what was typed stays', async ({ page }) => {
      await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
      await page.goto('/en/appointments');
      await openWithCode(page, en, REVOKED);
      await expect(page.getByRole('alert')).toContainText(en['code-error-unknown']);
      await expect(page.getByLabel(en['code-label'])).toHaveValue(REVOKED);
      await expect(cards(page)).toHaveCount(0);
    });

    test('after too many attempts from one connection, the message says how long to wait', async ({ page, request }) => {
      const address = clientAddress();
      // Ten wrong codes from the same connection use up its budget.
      for (let i = 0; i < 10; i++) {
        const response = await request.get('/api/v1/me', {
          headers: { Authorization: `Bearer ${REVOKED.replace(/-/g, '')}`, 'X-Forwarded-For': address },
        });
        expect(response.status()).toBe(401);
      }
      await page.setExtraHTTPHeaders({ 'X-Forwarded-For': address });
      await page.goto('/en/appointments');
      await openWithCode(page, en, CODE);
      // The budget refills within a minute: Retry-After is at most 60 seconds.
      await plainText(page.locator('#access-code-error')).toBe(
        'Error: Too many codes were tried from this connection. Wait 1 minute, then try again.',
      );
      await expect(page.getByLabel(en['code-label'])).toHaveValue(CODE);
      await expect(cards(page)).toHaveCount(0);

      // The same in Arabic, worded with Arabic's form for one.
      await page.goto('/ar/appointments');
      await openWithCode(page, ar, CODE);
      await expect(page.locator('#access-code-error')).toContainText('دقيقة');
    });
  });
});

test.describe('a phone whose clock is wrong, or a page left open', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('a phone on the wrong date counts from the server\'s date, and says so', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    // The phone lost its date (as cheap phones do when their battery runs out).
    await page.clock.setFixedTime(new Date('2025-01-01T10:00:00Z'));
    // The server's clock: the day the demo schedule is seen from.
    await page.route('**/api/v1/me', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), date: NOW.toUTCString() } });
    });
    await page.goto('/en/appointments');
    await appRan(page);
    await openWithCode(page, en, CODE);
    await expect(cards(page)).toHaveCount(4);
    const said = plain(en['case-clock-wrong']).replace('{ $date }', await written.date(page, '2026-12-02'));
    await plainText(page.getByRole('status').filter({ hasText: said.slice(0, 20) })).toBe(said);
    await expect(cards(page).nth(0).locator('.appointment__countdown')).toHaveText(en['appt-countdown-tomorrow']);
    await plainText(cards(page).nth(1).locator('.appointment__countdown')).toBe('In 8 days');
  });

  test('a page left open past midnight counts the new day', async ({ browser, baseURL }) => {
    // A phone in Nairobi, where the interview is, at 11 pm the day before it.
    const context = await browser.newContext({ baseURL, timezoneId: 'Africa/Nairobi', serviceWorkers: 'block' });
    const page = await context.newPage();
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { window.__firstView = document.querySelector('main'); }));
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(new Date('2026-12-02T20:00:00Z'));
    await page.goto('/en/appointments');
    await appRan(page);
    await openWithCode(page, en, CODE);
    const interview = cards(page).nth(0).locator('.appointment__countdown');
    await expect(interview).toHaveText(en['appt-countdown-tomorrow']);
    // Half past midnight; the phone is picked up again (asleep, it ran no timers).
    await page.clock.setFixedTime(new Date('2026-12-02T21:30:00Z'));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(interview).toHaveText(en['appt-countdown-today']);
    await context.close();
  });
});

test.describe('kept on the phone', () => {
  test.use({
    timezoneId: 'Africa/Nairobi',
    serviceWorkers: 'allow',
    expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
  });

  test('with "keep" on, the schedule opens offline; "remove" leaves no trace', async ({ page, context }) => {
    await context.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    await page.goto('/en/appointments');
    await controlled(page);
    await appRan(page);
    await openWithCode(page, en, CODE, { keep: true });
    await expect(cards(page)).toHaveCount(4);
    const medicines = cards(page).nth(1).getByLabel(en['appt-bring-medicines']);
    await medicines.check();
    const before = await kept(page);
    expect(before.caseText).toContain('Jomo Kenyatta');
    expect(before.caseText).not.toMatch(/2MCDW2|QC5971/i);

    await context.setOffline(true);
    await page.reload();
    await expect(cards(page)).toHaveCount(4);
    await plainText(page.getByText(/^Last updated/)).toBe(
      `Last updated on ${await written.date(page, '2026-12-02')}. To see changes, enter your code again below.`,
    );
    await expect(cards(page).nth(1).getByLabel(en['appt-bring-medicines'])).toBeChecked();

    await page.getByRole('button', { name: en['remove-button'] }).click();
    await expect(page.getByRole('status').filter({ hasText: en['remove-done'] })).toBeVisible();
    await expect(page.getByLabel(en['code-label'])).toBeVisible();
    const after = await kept(page);
    expect(after.storage.filter((key) => key.startsWith('passage-'))).toEqual([]);
    expect(after.databases).toEqual([]);
    expect(after.cached.filter((entry) => entry.url.includes('/api/v1/me'))).toEqual([]);
    expect(after.cached.filter((entry) => /Jomo Kenyatta|2MCDW2/.test(entry.body))).toEqual([]);

    // Still offline, a reload shows the code form: nothing was left behind.
    await page.reload();
    await expect(page.getByLabel(en['code-label'])).toBeVisible();
    await expect(cards(page)).toHaveCount(0);
    await context.setOffline(false);
  });
});
