// A person opens Passage, reads the home page in their language, switches language, and keeps
// their choice.
const { test, expect, messages, plain, holdApp, appRan } = require('./fixtures');

const en = messages('en');
const ar = messages('ar');
const ti = messages('ti');
const prs = messages('prs');

async function expectLanguage(page, lang, dir, words) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(plain(words['home-title']));
  // Fluent isolates the page name inside the title (bidi marks); compare the words.
  await expect.poll(async () => plain(await page.title())).toBe(plain(`${words['home-title']} – Passage`));
}

test('home renders in English', async ({ page }) => {
  await page.goto('/');
  await expectLanguage(page, 'en', 'ltr', en);
  await expect(page.getByRole('heading', { name: en['home-traveller-heading'] })).toBeVisible();
  await expect(page.getByRole('heading', { name: en['home-sponsor-heading'] })).toBeVisible();
  await expect(page.getByRole('heading', { name: en['home-returnee-heading'] })).toBeVisible();
  await expect(page.getByRole('navigation', { name: en['shell-nav-label'] })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(plain(en['shell-footer-privacy']));
});

test('switching to Arabic flips the page to right-to-left and survives a reload', async ({ page }) => {
  await page.goto('/');
  await expectLanguage(page, 'en', 'ltr', en);
  await appRan(page);
  await page.getByRole('combobox', { name: en['shell-language-label'] }).selectOption('ar');
  await expectLanguage(page, 'ar', 'rtl', ar);
  // The header starts on the right in RTL: logical properties did their job.
  const header = await page.locator('.site-header__brand').boundingBox();
  const picker = await page.locator('.language-picker').boundingBox();
  expect(header.x).toBeGreaterThan(picker.x);
  await expect(page.getByRole('combobox', { name: ar['shell-language-label'] })).toHaveValue('ar');

  await page.reload();
  await expectLanguage(page, 'ar', 'rtl', ar);
  await expect(page.getByRole('combobox', { name: ar['shell-language-label'] })).toHaveValue('ar');
});

test('a ?lang= link opens Tigrinya and becomes the stored choice', async ({ page }) => {
  await page.goto('/?lang=ti');
  await expectLanguage(page, 'ti', 'ltr', ti);
  await expect(page).toHaveURL(/\/ti\/$/);
  await page.goto('/');
  await expectLanguage(page, 'ti', 'ltr', ti);
});

test('an unknown ?lang= falls back without breaking the page', async ({ page }) => {
  await page.goto('/?lang=xx-<script>');
  await expectLanguage(page, 'en', 'ltr', en);
});

test.describe('a browser set to Dari (fa-AF)', () => {
  test.use({ locale: 'fa-AF' });

  test('lands on Dari, right-to-left', async ({ page }) => {
    await page.goto('/');
    await expectLanguage(page, 'prs', 'rtl', prs);
  });

  test('still follows a language the person picks', async ({ page }) => {
    await page.goto('/');
    await appRan(page);
    await page.getByRole('combobox', { name: prs['shell-language-label'] }).selectOption('en');
    await expectLanguage(page, 'en', 'ltr', en);
    await page.reload();
    await expectLanguage(page, 'en', 'ltr', en);
  });
});

test.describe('an unknown path', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

test('shows the localized not-found page with a way home', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['notfound-title']);
  await appRan(page);
  await page.getByRole('combobox', { name: en['shell-language-label'] }).selectOption('ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar['notfound-title']);
  await page.getByRole('link', { name: ar['notfound-home-link'] }).click();
  await expect(page).toHaveURL(/\/ar\/$/);
  await expectLanguage(page, 'ar', 'rtl', ar);
});
});

test('the skip link moves keyboard focus to the page content, without a history entry', async ({ page }) => {
  await page.goto('/');
  // The app's skip link (a static page's is an ordinary link, with a history entry).
  await appRan(page);
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: en['shell-skip-link'] });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.keyboard.press('Tab');
  await expect(page.locator('main a').first()).toBeFocused();
});

test('the language label has a drawn globe, not an emoji that phones may show as a box', async ({ page }) => {
  await page.goto('/');
  const label = page.locator('label[for="language-picker"]');
  await expect(label.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  expect(await label.textContent()).not.toMatch(/\p{Extended_Pictographic}/u);
  await expect(page.getByRole('combobox', { name: en['shell-language-label'] })).toBeVisible();
});

test.describe('moving between pages', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

test('a link within a part of the app moves without reloading, Back returns, and a link to another part loads its page', async ({ page }) => {
  const loan = messages('en');
  // Until the app runs, a link is an ordinary page load (which this test is not about): wait
  // for the app to draw its page over the static one before clicking. Home and the not-found
  // page are drawn by the same part of the app.
  const app = await holdApp(page);
  await page.goto('/en/no-such-page');
  await app.start();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['notfound-title']);
  await appRan(page);
  await page.evaluate(() => { window.__samePage = true; });
  const nav = page.getByRole('navigation', { name: en['shell-nav-label'] });
  await nav.getByRole('link', { name: en['shell-nav-home'] }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  // As after a page load, a screen reader starts at the new page: its heading has focus, and
  // the tab's title names it.
  await expectLanguage(page, 'en', 'ltr', en);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(nav.getByRole('link', { name: en['shell-nav-home'] })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['notfound-title']);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  await page.goForward();
  await expectLanguage(page, 'en', 'ltr', en);
  // The loan estimate is its own part: its link loads the page, which that part draws.
  await nav.getByRole('link', { name: en['shell-nav-loan'] }).click();
  await expect(page).toHaveURL(/\/en\/loan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loan['loan-title']);
  await appRan(page);
  expect(await page.evaluate(() => window.__samePage)).toBeUndefined();
  await expect(page.getByRole('navigation', { name: en['shell-nav-label'] })
    .getByRole('link', { name: en['shell-nav-loan'] })).toHaveAttribute('aria-current', 'page');
});
});
