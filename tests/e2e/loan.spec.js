// A traveller estimates what their travel loan will cost each month, in their language.
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, plainText } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');

async function fillKnown(page, words, amount, month, year) {
  await page.getByLabel(words['loan-amount-label']).fill(amount);
  await page.getByLabel(words['loan-arrival-month'], { exact: true }).fill(month);
  await page.getByLabel(words['loan-arrival-year'], { exact: true }).fill(year);
}

function summary(page) {
  return page.locator('.result__summary');
}

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('a known amount in English: 4,800 is 72 payments of about 66.67', async ({ page }) => {
  await page.goto('/loan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
  await expect(page.getByRole('radio', { name: en['loan-mode-known'] })).toBeChecked();
  await fillKnown(page, en, '4,800', '3', '2026');
  const text = summary(page);
  await plainText(text).toContain('CA$66.67');
  await plainText(text).toContain('72 months');
  await plainText(text).toContain('March 2027');
  await plainText(text).toContain('February 2033');
  await plainText(page.locator('.result p').nth(1)).toBe('In total you pay back CA$4,800.00. There is no interest.');

  // The schedule is collapsed until asked for; then it has one row a month.
  await expect(page.locator('.schedule__table')).toHaveCount(0);
  await page.getByText(en['loan-schedule-summary']).click();
  await expect(page.locator('.schedule__table tbody tr')).toHaveCount(72);
  await expect(page.locator('.schedule__table tbody tr').first()).toContainText('CA$66.67');
  await expect(page.locator('.schedule__table tbody tr').last()).toContainText('CA$66.66');

  // One dollar more: 96 payments, less a month.
  await page.getByLabel(en['loan-amount-label']).fill('4801');
  await plainText(text).toContain('CA$50.01');
  await plainText(text).toContain('96 months');
  await plainText(text).toContain('February 2035');
  await expectNoAxeViolations(page);
});

test('Arabic: Arabic-Indic digits in, Arabic-Indic digits out, right to left', async ({ page }) => {
  await page.goto('/loan?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['loan-title']);
  await fillKnown(page, ar, '٤٨٠١', '٣', '٢٠٢٦');
  const text = summary(page);
  await plainText(text).toContain('٥٠٫٠١');
  await plainText(text).toContain('٩٦');
  await plainText(text).toContain('٢٠٣٥');
  await expectNoAxeViolations(page);
});

test('a bad amount shows the error summary, keeps what was typed, and links to the field', async ({ page }) => {
  await page.goto('/loan');
  await fillKnown(page, en, '12abc', '3', '2026');
  await page.getByRole('button', { name: en['loan-submit'] }).click();
  const box = page.locator('.error-summary');
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box.getByRole('heading')).toHaveText(en['loan-error-summary-title']);
  const message = plain(en['loan-error-not-a-number']).replace('{ $example }', '4,800.00');
  await plainText(box.getByRole('link')).toBe(message);
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('12abc');
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveAttribute('aria-invalid', 'true');
  await plainText(page.locator('#loan-amount-error')).toBe(message);
  await expect(summary(page)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await box.getByRole('link').click();
  await expect(page.getByLabel(en['loan-amount-label'])).toBeFocused();
});

test('errors in Arabic are in Arabic, and axe is clean with them shown', async ({ page }) => {
  await page.goto('/loan?lang=ar');
  await fillKnown(page, ar, '', '١٣', '٢٠٢٦');
  await page.getByRole('button', { name: ar['loan-submit'] }).click();
  const box = page.locator('.error-summary');
  await expect(box).toBeFocused();
  await expect(box.getByRole('link')).toHaveCount(2);
  await expect(box.getByRole('link').first()).toHaveText(plain(ar['loan-error-empty']));
  await expect(box.getByRole('link').last()).toHaveText(plain(ar['loan-error-month']));
  await expectNoAxeViolations(page);
});

test('the share link reproduces the estimate', async ({ page, context }) => {
  await page.goto('/loan');
  await page.getByRole('radio', { name: en['loan-mode-estimate'] }).check();
  await page.getByLabel(en['loan-travellers-label']).fill('6');
  await page.getByLabel(en['loan-fare-label']).fill('2500');
  await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('11');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
  // 6 × (2,500 + 300) = 16,800: above the 15,000 cap, so IOM pays 1,800.
  await plainText(page.locator('.result .callout').first()).toContain('IOM pays the CA$1,800.00');
  await plainText(summary(page)).toContain('CA$156.25');
  const before = await summary(page).textContent();
  const href = await page.getByRole('link', { name: en['loan-share-label'] }).getAttribute('href');
  expect(href).toBe('/loan?mode=estimate&people=6&fare=2500.00&month=11&year=2026');

  const other = await context.newPage();
  await other.goto(href);
  await expect(other.getByRole('radio', { name: en['loan-mode-estimate'] })).toBeChecked();
  await expect(other.locator('.result__summary')).toHaveText(before);
});

test('printing shows the answer and the whole schedule, not the form', async ({ page }) => {
  await page.goto('/loan?mode=known&amount=1200.00&month=1&year=2027&lang=ar');
  await plainText(summary(page)).toContain('٣٦');
  await page.getByText(ar['loan-schedule-summary']).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.loan-form')).toBeHidden();
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.schedule__table tbody tr')).toHaveCount(36);
  await expect(page.locator('.schedule__table')).toBeVisible();
});

test.describe('with the API unreachable', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('the rules built into the app still give the estimate', async ({ page }) => {
    await page.route('**/api/v1/loan-policy', (route) => route.abort());
    await page.goto('/loan?mode=known&amount=4800&month=3&year=2026');
    await plainText(summary(page)).toContain('CA$66.67');
    await plainText(page.locator('.rules-note')).toContain('last checked on');
  });
});

test.describe('offline once visited', () => {
  test.use({ serviceWorkers: 'allow', expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/] });

  test('the page opens and estimates without a network, saying how old its rules are', async ({ page, context }) => {
    await page.goto('/loan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Wait until the rules were fetched and saved on the device.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('passage-loan-policy'))).not.toBeNull();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['loan-title']);

    await context.setOffline(true);
    // The browser's HTTP cache may still answer for a few minutes; make the API unreachable.
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    await page.goto('/loan?mode=known&amount=4800&month=3&year=2026');
    await plainText(summary(page)).toContain('CA$66.67');
    await plainText(page.locator('.rules-note')).toContain('You are offline');
    await context.setOffline(false);
  });
});
