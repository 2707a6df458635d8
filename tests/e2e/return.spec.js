// A person going home with IOM's help reads the kinds of help and the usual steps (figures
// worded as a past programme's), and with the code from their IOM office follows their own
// plan: deadlines counted on their phone, their office a tap away; in English and Arabic.
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, plainText, appRan, controlled, written } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');
const RETURNEE = '2F2P1C-R7RJSN-07X1YZ';
// 2 December 2026, 14:30 in Kabul.
const NOW = new Date('2026-12-02T10:00:00Z');

test.use({ timezoneId: 'Asia/Kabul' });

let clients = 0;
function clientAddress() {
  clients += 1;
  return `10.${200 + (test.info().workerIndex % 50)}.${Math.floor(clients / 250)}.${clients % 250}`;
}

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function openWithCode(page, words, { keep = false } = {}) {
  await page.getByLabel(words['code-label']).fill(RETURNEE);
  if (keep) await page.getByLabel(words['return-keep']).check();
  await page.getByRole('button', { name: words['code-submit'] }).click();
}

test('English, without a code: the kinds of help, and the usual steps as a past programme\'s', async ({ page }) => {
  await page.goto('/en/return');
  await appRan(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['return-title']);
  const steps = page.locator('ul.steps > li');
  await expect(steps).toHaveCount(4);
  await plainText(steps.first()).toContain('After you are referred to IOM, contact IOM within 24 hours.');
  await plainText(steps.nth(1)).toContain('within 30 days to start your plan');
  // Never today's rule: the programme and its years, and whether a person checked each figure.
  await plainText(page.locator('.callout').filter({ hasText: 'programme' })).toContain('In the Canadian programme of 2012 to 2015.');
  await expect(steps.first().locator('.steps__checked')).toContainText(await written.date(page, '2026-12-02'));
  await expect(steps.nth(1).locator('.steps__checked')).toHaveText(en['sources-unchecked']);
  await expect(page.locator('ul.categories > li')).toHaveCount(9);
  await expect(page.locator('ul.categories')).toContainText(en['return-category-small-business']);
  await expectNoAxeViolations(page);
});

test('with a returnee\'s code: the plan with its deadlines and the office, in English and Arabic', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
  await page.clock.setFixedTime(NOW);
  await page.goto('/en/return');
  await openWithCode(page, en);
  const plan = page.locator('ol.plan > li');
  await expect(plan).toHaveCount(4);
  // Open items first, soonest deadline first; the done one last.
  await expect(plan.locator('h3')).toHaveText([
    en['return-category-temporary-accommodation-and-housing'],
    en['return-category-small-business'],
    en['return-category-training-and-schooling'],
    en['return-category-onward-transportation'],
  ]);
  await expect(plan.first()).toContainText(en['return-due-today']);
  await plainText(plan.nth(1).locator('.plan__due')).toBe('151 days left');
  await expect(plan.nth(3)).toContainText(en['return-status-done']);
  await plainText(page.locator('.case .result__summary')).toBe(`You returned home on ${await written.date(page, '2026-11-02')}.`);
  const office = page.locator('section.office');
  await plainText(office.locator('p').first()).toBe('IOM Kabul, Afghanistan');
  await expect(office.getByRole('link', { name: /Call/ })).toHaveAttribute('href', 'tel:+93200000000');
  await expect(office.getByRole('link', { name: /Write/ })).toHaveAttribute('href', 'mailto:kabul.demo@example.org');
  const days = await Promise.all([6, 7, 1, 2, 3].map((n) => written.weekday(page, n)));
  await plainText(office.locator('.office__hours li'))
    .toBe(`${days.join(', ')}: ${await written.clock(page, '08:00')} to ${await written.clock(page, '15:30')}`);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: en['remove-button'] }).click();
  await page.goto('/ar/return');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await openWithCode(page, ar);
  await expect(plan.first()).toContainText(ar['return-due-today']);
  await expect(plan.nth(1).locator('.plan__due')).toContainText('١٥١');
  await expect(page.locator('section.office')).toContainText(ar['country-af']);
  await expect(page.locator('.office__hours li')).toContainText('السبت');
  await expect(page.locator('.office__hours li')).toContainText('٨:٠٠');
  await expectNoAxeViolations(page);
});

test.describe('offline', () => {
  test.use({
    serviceWorkers: 'allow',
    expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
  });

  test('kept on the phone, the plan opens offline; without a code, the page reads offline too', async ({ page, context }) => {
    await context.setExtraHTTPHeaders({ 'X-Forwarded-For': clientAddress() });
    await page.clock.setFixedTime(NOW);
    await page.goto('/ar/return');
    await controlled(page);
    await page.reload();
    await appRan(page);
    await openWithCode(page, ar, { keep: true });
    await expect(page.locator('ol.plan > li')).toHaveCount(4);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('ol.plan > li')).toHaveCount(4);
    await expect(page.locator('ul.categories > li')).toHaveCount(9);
    await page.getByRole('button', { name: ar['remove-button'] }).click();
    await expect(page.locator('ol.plan')).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('passage-case')))).toEqual([]);
    // Still offline: the kinds of help and the steps stay readable.
    await page.reload();
    await expect(page.locator('ul.steps > li')).toHaveCount(4);
    await context.setOffline(false);
  });
});
