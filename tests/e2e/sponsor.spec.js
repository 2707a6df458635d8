// A sponsor plans around an arrival date, shares the plan with their group through a link that
// holds only the date and the language, and, with the access code IOM gave them, follows the
// case itself; in English and in Dari (right to left).
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, plainText, controlled, written } = require('./fixtures');

const en = messages('en');
const prs = messages('prs');
const SPONSOR = 'SGZ7E2-N4MGR7-VBNATV';
// 2 December 2026, noon in Winnipeg.
const NOW = new Date('2026-12-02T18:00:00Z');

test.use({ timezoneId: 'America/Winnipeg' });

let clients = 0;
function clientAddress() {
  clients += 1;
  return `10.${100 + (test.info().workerIndex % 100)}.${Math.floor(clients / 250)}.${clients % 250}`;
}

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

function steps(page) {
  return page.locator('.planner ol.timeline > li');
}

async function planFor(page, words, day, month, year) {
  await page.getByLabel(words['sponsor-date-day'], { exact: true }).fill(day);
  await page.getByLabel(words['sponsor-date-month'], { exact: true }).fill(month);
  await page.getByLabel(words['sponsor-date-year'], { exact: true }).fill(year);
  await page.getByRole('button', { name: words['sponsor-date-submit'] }).click();
}

test('English: the timeline from an arrival date, and a share link with nothing but the date', async ({ page, browser }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/en/sponsor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['sponsor-title']);
  await planFor(page, en, '17', '2', '2027');

  await expect(steps(page)).toHaveCount(5);
  await expect(steps(page).locator('h3')).toHaveText([
    en['sponsor-step-notice-title'],
    en['sponsor-step-arrival-title'],
    en['sponsor-step-support-title'],
    en['sponsor-step-loan-title'],
    en['sponsor-step-joint-title'],
  ]);
  // Ten working days before Wednesday 17 February 2027 is Wednesday 3 February.
  const dates = await Promise.all(['2027-02-03', '2027-02-17', '2028-02-17', '2028-02-17', '2029-02-17'].map((day) => written.date(page, day)));
  await expect(steps(page).locator('.timeline__date')).toHaveText(dates);
  // The ten working days are IRCC's target, not a promise: the page says what to do if it slips.
  await plainText(steps(page).first()).toContain(`around ${dates[0]}. This is a target to plan with, not a promise: if the notice has not come by then, ask IRCC.`);
  await expect(steps(page).locator('.timeline__stage')).toHaveText([
    en['timeline-stage-next'], en['timeline-stage-later'], en['timeline-stage-later'],
    en['timeline-stage-later'], en['timeline-stage-later'],
  ]);
  await expect(steps(page).first()).toHaveAttribute('aria-current', 'step');
  await expect(page.getByText(en['sponsor-step-loan-not-yours'])).toBeVisible();
  // The figures name their sources.
  await expect(page.locator('.sources li')).toHaveCount(5);

  // The address is the share link: the language and the date, nothing else.
  const url = new URL(page.url());
  expect(url.pathname).toBe('/en/sponsor');
  expect([...url.searchParams.keys()]).toEqual(['arrival']);
  expect(url.searchParams.get('arrival')).toBe('2027-02-17');
  const link = await page.locator('.share__link').getAttribute('href');
  expect(link).toBe(page.url());
  await expectNoAxeViolations(page);

  // Someone else in the group opens the link: the same planner, the same dates.
  const other = await browser.newContext({ timezoneId: 'America/Toronto', serviceWorkers: 'block' });
  const theirs = await other.newPage();
  await theirs.clock.setFixedTime(NOW);
  await theirs.goto(link);
  await expect(theirs.locator('.planner ol.timeline > li')).toHaveCount(5);
  await expect(theirs.locator('.planner .timeline__date').first()).toHaveText(await written.date(theirs, '2027-02-03'));
  await expect(theirs.getByLabel(en['sponsor-date-day'], { exact: true })).toHaveValue('17');
  await other.close();
});

test('a date that does not exist, or is missing, is named field by field', async ({ page }) => {
  await page.goto('/en/sponsor');
  await planFor(page, en, '31', '4', '2027');
  await expect(page.getByRole('alert')).toContainText(en['sponsor-error-no-such-day']);
  await expect(steps(page)).toHaveCount(0);
  await planFor(page, en, '', '', '27');
  const summary = page.locator('#date-error-summary');
  await expect(summary.getByRole('link')).toHaveText([
    en['sponsor-error-day-empty'], en['sponsor-error-month-empty'], en['sponsor-error-year-range'],
  ]);
  // Each entry leads to its field.
  await summary.getByRole('link').nth(1).click();
  await expect(page.getByLabel(en['sponsor-date-month'], { exact: true })).toBeFocused();
});

test('Dari: a shared link opens right to left, with Dari digits, and Dari digits can be typed', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/prs/sponsor?arrival=2027-02-17');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(prs['sponsor-title']);
  await expect(steps(page)).toHaveCount(5);
  await expect(steps(page).locator('h3').first()).toHaveText(prs['sponsor-step-notice-title']);
  await expect(steps(page).locator('.timeline__date').first()).toContainText('۲۰۲۷');
  await expect(page.getByLabel(prs['sponsor-date-year'], { exact: true })).toHaveValue('۲۰۲۷');

  await planFor(page, prs, '۳۱', '۱', '۲۰۲۷');
  await expect(page).toHaveURL(/\/prs\/sponsor\?arrival=2027-01-31$/);
  // 31 January + 12 months is 31 January; + 24 months, 31 January again.
  await expect(steps(page).locator('.timeline__date').nth(2)).toContainText('۲۰۲۸');
  await expectNoAxeViolations(page);
});

test.describe('with a sponsor\'s access code', () => {
  test('English and Dari: the case\'s own window, city, notice and milestones', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    for (const [lang, words] of [['en', en], ['prs', prs]]) {
      await page.goto(`/${lang}/sponsor`);
      await page.getByLabel(words['code-label']).fill(SPONSOR);
      await page.getByRole('button', { name: words['code-submit'] }).click();
      const section = page.locator('section.case');
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(words['sponsor-case-heading']);
      await expect(section.locator('.timeline > li h3')).toHaveText([
        words['sponsor-milestone-case-approved'], words['sponsor-milestone-arrival-notice'],
        words['sponsor-milestone-arrival'], words['sponsor-milestone-income-support-ends'],
      ]);
      await expect(section.locator('.timeline__stage')).toHaveText([
        words['timeline-stage-done'], words['timeline-stage-next'],
        words['timeline-stage-later'], words['timeline-stage-later'],
      ]);
      await expect(section).toContainText('Winnipeg');
      if (lang === 'en') {
        await plainText(section.locator('.result__summary'))
          .toBe(`Expected arrival: between ${await written.date(page, '2027-02-15')} and ${await written.date(page, '2027-02-26')}.`);
        // Ten working days before Monday 15 February 2027.
        await plainText(section.locator('.callout').last()).toContain(`around ${await written.date(page, '2027-02-01')}`);
      } else {
        await expect(section.locator('.result__summary')).toContainText('۲۰۲۷');
      }
      await expectNoAxeViolations(page);
      // The code is in no address, and nothing is kept: keep was not ticked.
      expect(page.url()).not.toMatch(/SGZ7E2/i);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('passage-case')))).toEqual([]);
      await page.getByRole('button', { name: words['remove-button'] }).click();
    }
  });

  test('a sponsor\'s code typed on the appointments page opens the sponsor\'s page, and is handed over only once', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    await page.goto('/en/appointments');
    await page.getByLabel(en['code-label']).fill(SPONSOR);
    await page.getByRole('button', { name: en['code-submit'] }).click();
    await expect(page).toHaveURL(/\/en\/sponsor$/);
    await expect(page.locator('section.case .timeline > li')).toHaveCount(4);
    // The case waited in this tab's session storage for the one page load, and is gone.
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('passage-case')))).toEqual([]);
    await page.reload();
    await expect(page.locator('section.case')).toHaveCount(0);
  });
});

test.describe('offline', () => {
  test.use({
    serviceWorkers: 'allow',
    expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
  });

  test('the planner works offline after one visit', async ({ page, context }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto('/en/sponsor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['sponsor-title']);
    await controlled(page);
    // The figures' answer came before the service worker held the page: it is saved all the same.
    await expect.poll(() => page.evaluate(async () => {
      const cache = await caches.open('passage-data-2');
      return (await cache.keys()).some((r) => r.url.endsWith('/api/v1/sponsorship'));
    })).toBe(true);

    await context.setOffline(true);
    await page.goto('/en/sponsor?arrival=2027-03-01');
    await expect(steps(page)).toHaveCount(5);
    await expect(steps(page).locator('.timeline__date').first()).toHaveText(await written.date(page, '2027-02-15'));
    await planFor(page, en, '2', '3', '2027');
    await expect(steps(page).locator('.timeline__date').nth(1)).toHaveText(await written.date(page, '2027-03-02'));
    await context.setOffline(false);
  });

  test('offline, a saved page whose part of the app is not saved says it needs the internet once', async ({ page, context }) => {
    await page.goto('/en/sponsor');
    await controlled(page);
    // As if the phone had dropped the sponsor's part of the app from its storage.
    const dropped = await page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (/passage-sponsor-/.test(request.url)) count += Number(await cache.delete(request));
        }
      }
      return count;
    });
    expect(dropped).toBe(2);
    // (and from the browser's own cache, which would still hand it out)
    await context.route(/passage-sponsor-/, (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['sponsor-title']);
    await expect(page.getByText(plain(en['shell-app-missing']))).toBeVisible();
    await context.setOffline(false);
  });
});
