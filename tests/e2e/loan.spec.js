// A traveller estimates what their travel loan will cost each month, in their language.
const AxeBuilder = require('@axe-core/playwright').default;
const { test, expect, messages, plain, plainText, holdApp, written } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');
const LANGUAGES = ['en', 'fr', 'ar', 'prs', 'ps', 'ti', 'so', 'sw'];

async function fillKnown(page, words, amount, month, year) {
  await page.getByLabel(words['loan-amount-label']).fill(amount);
  await page.getByLabel(words['loan-arrival-month'], { exact: true }).fill(month);
  await page.getByLabel(words['loan-arrival-year'], { exact: true }).fill(year);
}

function summary(page) {
  return page.locator('.result__summary');
}

/** The text of the first value Fluent placed (isolated) inside a message. */
async function firstPlaceable(locator) {
  const text = (await locator.textContent()) ?? '';
  const match = /\u2068([^\u2069]*)\u2069/.exec(text);
  return match ? match[1] : null;
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
  await plainText(text).toContain(await written.money(page, '66.67'));
  await plainText(text).toContain('72 months');
  await plainText(text).toContain(await written.monthYear(page, '2027-03'));
  await plainText(text).toContain(await written.monthYear(page, '2033-02'));
  await plainText(page.locator('.result p').nth(1)).toBe(`In total you pay back ${await written.money(page, '4800.00')}. There is no interest.`);

  // The schedule is collapsed until asked for; then it has one row a month.
  await expect(page.locator('.schedule__table')).toHaveCount(0);
  await page.getByText(en['loan-schedule-summary']).click();
  await expect(page.locator('.schedule__table tbody tr')).toHaveCount(72);
  await expect(page.locator('.schedule__table tbody tr').first()).toContainText(await written.money(page, '66.67'));
  await expect(page.locator('.schedule__table tbody tr').last()).toContainText(await written.money(page, '66.66'));

  // One dollar more: 96 payments, less a month. "About" is the largest payment, 50.02.
  await page.getByLabel(en['loan-amount-label']).fill('4801');
  await plainText(text).toContain(await written.money(page, '50.02'));
  await plainText(text).toContain('96 months');
  await plainText(text).toContain(await written.monthYear(page, '2035-02'));
  await expectNoAxeViolations(page);
});

test('Arabic: Arabic-Indic digits in, Arabic-Indic digits out, right to left', async ({ page }) => {
  await page.goto('/loan?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['loan-title']);
  await fillKnown(page, ar, '٤٨٠١', '٣', '٢٠٢٦');
  const text = summary(page);
  await plainText(text).toContain('٥٠٫٠٢');
  await plainText(text).toContain('٩٦');
  await plainText(text).toContain('٢٠٣٥');
  await expectNoAxeViolations(page);
});

test('a comma where English groups is refused with the expected form, never guessed', async ({ page }) => {
  await page.goto('/loan');
  // Seen before: read as CA$120,050.00.
  await fillKnown(page, en, '1200,50', '3', '2026');
  await expect(summary(page)).toHaveCount(0);
  await page.getByRole('button', { name: en['loan-submit'] }).click();
  const message = plain(en['loan-error-bad-marks']).replace('{ $example }', '4,800.00');
  await plainText(page.locator('.error-summary').getByRole('link')).toBe(message);
  for (const typed of ['1 234,56', '1,2345']) {
    await page.getByLabel(en['loan-amount-label']).fill(typed);
    await page.getByRole('button', { name: en['loan-submit'] }).click();
    await plainText(page.locator('.error-summary').getByRole('link')).toBe(message);
  }
});

test('the example year is never grouped', async ({ page }) => {
  for (const [lang, year] of [['en', '2027'], ['ar', '٢٠٢٧'], ['prs', '۲۰۲۷']]) {
    await page.goto(`/loan?lang=${lang}`);
    const hint = page.locator('#loan-arrival-hint');
    await plainText(hint).toContain(year);
    await plainText(hint).not.toMatch(/[0-9٠-٩۰-۹][,٬][0-9٠-٩۰-۹]/);
  }
});

for (const lang of LANGUAGES) {
  test(`${lang}: every amount the page shows reads back as itself`, async ({ page }) => {
    const words = messages(lang);
    await page.goto(`/loan?lang=${lang}`);
    await page.getByLabel(words['loan-arrival-month'], { exact: true }).fill('3');
    await page.getByLabel(words['loan-arrival-year'], { exact: true }).fill('2027');
    const field = page.getByLabel(words['loan-amount-label']);
    const total = page.locator('.result p').nth(1);
    // The hint's example ("4,800.00" written the locale's way) and the page's own money.
    const example = await firstPlaceable(page.locator('#loan-amount-hint'));
    expect(example).not.toBeNull();
    await field.fill(example);
    await expect(total).toBeVisible();
    const shown = [example];
    let previous = await firstPlaceable(total);
    for (const digits of ['15000.75', '123456.5', '7', '4800']) {
      await field.fill(lang === 'fr' ? digits.replace('.', ',') : digits);
      await expect.poll(() => firstPlaceable(total)).not.toBe(previous);
      previous = await firstPlaceable(total);
      shown.push(previous);
    }
    for (const money of shown) {
      await field.fill(money);
      await expect(total, `${lang}: ${money}`).toBeVisible();
      const again = await firstPlaceable(total);
      // The total is the amount read: the same figure, as money.
      await field.fill(again);
      await expect.poll(() => firstPlaceable(total), `${lang}: ${again}`).toBe(again);
    }
  });
}

test('errors wait for the submit, then follow GOV.UK: summary, focus, titles, links', async ({ page }) => {
  await page.goto('/loan');
  await fillKnown(page, en, '12abc', '3', '2026');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).press('Tab');
  // Leaving a field is not submitting: nothing is shouted yet.
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.locator('#loan-amount-error')).toHaveCount(0);
  await expect.poll(async () => plain(await page.title())).toBe(`${en['loan-title']} – Passage`);

  await page.getByRole('button', { name: en['loan-submit'] }).click();
  const box = page.getByRole('alert');
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box.getByRole('heading')).toHaveText(en['loan-error-summary-title']);
  const message = plain(en['loan-error-not-a-number']).replace('{ $example }', '4,800.00');
  await plainText(box.getByRole('link')).toBe(message);
  await expect.poll(async () => plain(await page.title())).toBe(`Error: ${en['loan-title']} – Passage`);
  // Screen readers hear "Error:" before the message by the field; eyes see the message.
  await plainText(page.locator('#loan-amount-error')).toBe(`${en['shell-error-prefix']} ${message}`);
  await expect(page.locator('#loan-amount-error .visually-hidden')).toHaveText(`${en['shell-error-prefix']} `);
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('12abc');
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveAttribute('aria-invalid', 'true');
  await expect(summary(page)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await box.getByRole('link').click();
  await expect(page.getByLabel(en['loan-amount-label'])).toBeFocused();
  await expect(page.locator('label[for="loan-amount"]')).toBeInViewport();

  // Fixed: the errors and the title's "Error:" go, and the answer comes.
  await page.getByLabel(en['loan-amount-label']).fill('4800');
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await plainText(summary(page)).toContain(await written.money(page, '66.67'));
  await expect.poll(async () => plain(await page.title())).toBe(`${en['loan-title']} – Passage`);
});

test('a date error brings the date question into view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 500 });
  await page.goto('/loan');
  await fillKnown(page, en, '4800', '13', '2026');
  await page.getByRole('button', { name: en['loan-submit'] }).click();
  await page.getByRole('alert').getByRole('link').click();
  await expect(page.getByLabel(en['loan-arrival-month'], { exact: true })).toBeFocused();
  await expect(page.getByText(en['loan-arrival-legend'])).toBeInViewport();
});

test('errors in Arabic are in Arabic, and axe is clean with them shown', async ({ page }) => {
  await page.goto('/loan?lang=ar');
  await fillKnown(page, ar, '', '١٣', '٢٠٢٦');
  await page.getByRole('button', { name: ar['loan-submit'] }).click();
  const box = page.getByRole('alert');
  await expect(box).toBeFocused();
  await expect(box.getByRole('link')).toHaveCount(2);
  await expect(box.getByRole('link').first()).toHaveText(plain(ar['loan-error-empty']));
  await expect(box.getByRole('link').last()).toHaveText(plain(ar['loan-error-month']));
  await expect.poll(async () => plain(await page.title())).toContain(plain(ar['shell-error-prefix']).replace(/[:：]$/, ''));
  await expectNoAxeViolations(page);
});

test('one live region stays in the page and announces the answer once typing stops', async ({ page }) => {
  // The app draws its own page over the static one: the region to follow is the app's.
  const app = await holdApp(page);
  await page.goto('/loan');
  await app.start();
  const live = page.locator('#loan-live');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('');
  const handle = await live.elementHandle();
  await fillKnown(page, en, '4800', '3', '2026');
  await plainText(live).toContain(await written.money(page, '66.67'));
  await page.getByLabel(en['loan-amount-label']).fill('4801');
  await plainText(live).toContain(await written.money(page, '50.02'));
  // The very same element: a region that is replaced is not announced.
  expect(await handle.evaluate((node) => node.isConnected)).toBe(true);
});

test('an arrival before the rules took effect is not estimated, and says from when', async ({ page }) => {
  await page.goto('/loan');
  await fillKnown(page, en, '4800', '1', '2017');
  await expect(summary(page)).toHaveCount(0);
  await page.getByRole('button', { name: en['loan-submit'] }).click();
  const message = plain(en['loan-error-before-rules']).replace('{ $month }', await written.monthYear(page, '2018-03'));
  await plainText(page.getByRole('alert').getByRole('link')).toBe(message);
  // From fares, the cap and fee in the data start in September 2021.
  await page.getByRole('radio', { name: en['loan-mode-estimate'] }).check();
  await page.getByLabel(en['loan-travellers-label']).fill('2');
  await page.getByLabel(en['loan-fare-label']).fill('900');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2020');
  await page.getByRole('button', { name: en['loan-submit'] }).click();
  await plainText(page.getByRole('alert').getByRole('link')).toBe(
    plain(en['loan-error-before-rules']).replace('{ $month }', await written.monthYear(page, '2021-09')),
  );
});

test('a known amount above the cap is estimated, with a note instead of a refusal', async ({ page }) => {
  await page.goto('/loan');
  await fillKnown(page, en, '16,000', '3', '2027');
  await plainText(summary(page)).toContain('96 months');
  const note = plain(en['loan-result-above-cap-known'])
    .replace('{ $loan }', await written.money(page, '16000.00'))
    .replaceAll('{ $cap }', await written.money(page, '15000.00'));
  await plainText(page.locator('.result .callout').first()).toBe(note);
});

test('the share link reproduces the estimate, which is a lower bound capped without saying who pays', async ({ page, context }) => {
  await page.goto('/loan');
  await page.getByRole('radio', { name: en['loan-mode-estimate'] }).check();
  await page.getByLabel(en['loan-travellers-label']).fill('6');
  await page.getByLabel(en['loan-fare-label']).fill('2500');
  await page.getByLabel(en['loan-arrival-month'], { exact: true }).fill('11');
  await page.getByLabel(en['loan-arrival-year'], { exact: true }).fill('2026');
  // 6 × (2,500 + 300) = 16,800: above the 15,000 cap.
  const result = page.locator('.result');
  await plainText(result).toContain(plain(en['loan-result-lower-bound']));
  await plainText(result).toContain(
    plain(en['loan-result-above-cap']).replace('{ $cost }', await written.money(page, '16800.00')).replaceAll('{ $cap }', await written.money(page, '15000.00')),
  );
  await plainText(result).not.toContain('IOM pays');
  await plainText(summary(page)).toContain(await written.money(page, '156.25'));
  const before = await summary(page).textContent();
  const share = page.getByRole('link', { name: en['loan-share-label'] });
  await expect(share).toHaveAccessibleDescription(plain(en['loan-share-hint']));
  const href = await share.getAttribute('href');
  expect(href).toBe('/en/loan?mode=estimate&people=6&fare=2500.00&month=11&year=2026');

  const other = await context.newPage();
  await other.goto(href);
  await expect(other.getByRole('radio', { name: en['loan-mode-estimate'] })).toBeChecked();
  await expect(other.getByLabel(en['loan-fare-label'])).toHaveValue('2,500.00');
  await expect(other.locator('.result__summary')).toHaveText(before);
});

test('a French share link fills the fields the French way', async ({ page }) => {
  await page.goto('/loan?mode=known&amount=4800.50&month=3&year=2027&lang=fr');
  const fr = messages('fr');
  await expect(page.getByLabel(fr['loan-amount-label'])).toHaveValue(/^4\s800,50$/);
  await expect(summary(page)).toBeVisible();
});

test('Back and Forward between two estimates show each one\'s inputs', async ({ page }) => {
  await page.goto('/loan');
  await fillKnown(page, en, '4800', '3', '2026');
  await page.getByRole('link', { name: en['loan-share-label'] }).click();
  await expect(page).toHaveURL(/amount=4800\.00/);
  await page.getByLabel(en['loan-amount-label']).fill('1200');
  await page.getByRole('link', { name: en['loan-share-label'] }).click();
  await expect(page).toHaveURL(/amount=1200\.00/);
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('1,200.00');
  await page.goBack();
  await expect(page).toHaveURL(/amount=4800\.00/);
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('4,800.00');
  await plainText(summary(page)).toContain(await written.money(page, '66.67'));
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/loan$/);
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('');
  await page.goForward();
  await expect(page.getByLabel(en['loan-amount-label'])).toHaveValue('4,800.00');
});

test('printing prints the answer and the whole schedule, even when it was closed', async ({ page }) => {
  await page.goto('/loan?mode=known&amount=1200.00&month=1&year=2027&lang=ar');
  await plainText(summary(page)).toContain('٣٦');
  await expect(page.locator('.schedule__table')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.loan-form')).toBeHidden();
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.schedule__table tbody tr')).toHaveCount(36);
  await expect(page.locator('.schedule__table')).toBeVisible();
  await expect(page.locator('.result__summary')).toBeVisible();
});

test.describe('when the API fails', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('no network: the built-in rules answer, and the page says it is offline', async ({ page }) => {
    await page.route('**/api/v1/loan-policy', (route) => route.abort('internetdisconnected'));
    await page.goto('/loan?mode=known&amount=4800&month=3&year=2026');
    await plainText(summary(page)).toContain(await written.money(page, '66.67'));
    await plainText(page.locator('.rules-note')).toContain(plain(en['loan-rules-offline-built-in']));
  });

  for (const [what, fulfil] of [
    ['a 500', { status: 500, contentType: 'application/problem+json', body: '{"status":500}' }],
    ['an unreadable answer', { status: 200, contentType: 'text/html', body: '<html>Wi-Fi login</html>' }],
  ]) {
    test(`${what} is a server problem, not "offline"`, async ({ page }) => {
      await page.route('**/api/v1/loan-policy', (route) => route.fulfill(fulfil));
      await page.goto('/loan?mode=known&amount=4800&month=3&year=2026');
      await plainText(summary(page)).toContain(await written.money(page, '66.67'));
      const note = page.locator('.rules-note');
      await plainText(note).toContain(plain(en['loan-rules-server-error']));
      await plainText(note).not.toContain('offline');
    });
  }

  test('rules the estimate cannot use are refused, and the built-in rules answer', async ({ page }) => {
    await page.route('**/api/v1/loan-policy', async (route) => {
      const response = await route.fetch();
      const policy = await response.json();
      policy.interest_basis_points.value = 114;
      policy.family_cap.source.checked = '2099-01-01';
      await route.fulfill({ response, json: policy });
    });
    await page.goto('/loan?mode=known&amount=4800&month=3&year=2026');
    await plainText(summary(page)).toContain(await written.money(page, '66.67'));
    await plainText(page.locator('.rules-note')).toContain(plain(en['loan-rules-server-error']));
    expect(await page.evaluate(() => localStorage.getItem('passage-loan-policy'))).toBeNull();
  });
});

test('leaving the page cancels its request', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/api/v1/loan-policy', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/v1/loan-policy'));
  const asked = page.waitForRequest((r) => r.url().endsWith('/api/v1/loan-policy'));
  await page.goto('/loan');
  // The app is running once it asks; only then is the link its own, not a page load.
  await asked;
  await page.getByRole('navigation').getByRole('link', { name: en['shell-nav-home'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(en['home-title']));
  const request = await failed;
  expect(request.failure().errorText).toMatch(/ABORTED/i);
  release();
});

test('Pashto, Tigrinya and Somali get their own digits and months, known to the browser or not', async ({ page }) => {
  for (const [lang, firstPayment, monthly] of [
    ['ps', 'مارچ ۲۰۲۷', '۶۶٫۶۷'],
    ['ti', 'መጋቢት 2027', '66.67'],
    ['so', 'Maarso 2027', '66.67'],
    ['prs', 'مارچ ۲۰۲۷', '۶۶٫۶۷'],
  ]) {
    await page.goto(`/${lang}/loan?mode=known&amount=4800.00&month=3&year=2026`);
    const text = summary(page);
    await plainText(text).toContain(firstPayment);
    await plainText(text).toContain(monthly);
    await plainText(text).not.toContain('March');
  }
});
